using System.Text.Json;
using System.Text.RegularExpressions;
using TipLine.Crypto.Passwords;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// What the browser script reads from the report page's <c>tipline-intake-config</c> JSON: the channel's recipients,
/// the deployment salt and Argon2id cost for the receipt, and the channel's limits.
/// </summary>
internal sealed partial record ApiClientIntakePage(
    string Channel,
    string Language,
    IReadOnlyList<string> Recipients,
    byte[] Salt,
    Argon2idParameters Argon2,
    long MaximumFileBytes,
    int MaximumFiles)
{
    public static ApiClientIntakePage Parse(string html)
    {
        var json = ConfigScript().Match(html);
        Assert.True(json.Success, "the report page must carry the tipline-intake-config script");
        using var document = JsonDocument.Parse(json.Groups["json"].Value);
        var root = document.RootElement;
        var argon2 = root.GetProperty("argon2");
        return new ApiClientIntakePage(
            root.GetProperty("channel").GetString()!,
            root.GetProperty("lang").GetString()!,
            root.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!).ToList(),
            Convert.FromBase64String(root.GetProperty("salt").GetString()!),
            new Argon2idParameters(
                argon2.GetProperty("memoryKiB").GetInt32(),
                argon2.GetProperty("iterations").GetInt32(),
                argon2.GetProperty("parallelism").GetInt32()),
            root.GetProperty("maximumFileBytes").GetInt64(),
            root.GetProperty("maximumFiles").GetInt32());
    }

    [GeneratedRegex("""<script type="application/json" id="tipline-intake-config">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ConfigScript();
}
