using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TipLine.Crypto.Passwords;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// The public values the intake page hands its script: the channel's recipients, the deployment salt and the receipt
/// derivation cost. The API client needs exactly these to do what the browser does.
/// </summary>
internal sealed partial record IntakePageSettings(IReadOnlyList<string> Recipients, byte[] DeploymentSalt, Argon2idParameters ReceiptParameters)
{
    public static async Task<IntakePageSettings> ReadAsync(HttpClient client, string channel)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri($"/report/{channel}?lang=en", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();
        var script = ConfigurationScript().Match(page);
        if (response.StatusCode != HttpStatusCode.OK || !script.Success)
        {
            throw new InvalidOperationException($"The intake page ({(int)response.StatusCode}) carries no script configuration.");
        }

        using var document = JsonDocument.Parse(script.Groups["json"].Value);
        var root = document.RootElement;
        var argon2 = root.GetProperty("argon2");
        return new IntakePageSettings(
            root.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!).ToList(),
            Convert.FromBase64String(root.GetProperty("salt").GetString()!),
            new Argon2idParameters(
                argon2.GetProperty("memoryKiB").GetInt32(),
                argon2.GetProperty("iterations").GetInt32(),
                argon2.GetProperty("parallelism").GetInt32()));
    }

    [GeneratedRegex("""<script type="application/json" id="tipline-intake-config">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ConfigurationScript();
}
