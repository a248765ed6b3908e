using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TipLine.Crypto.Age;

namespace TipLine.Bench.Intake;

/// <summary>
/// What the browser script reads from the report page before it encrypts anything: above all the channel's
/// recipients, to which every tip key is wrapped.
/// </summary>
public sealed partial record IntakePageConfig(string Channel, IReadOnlyList<string> Recipients)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IntakePageConfig> LoadAsync(HttpClient http, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.GetAsync($"/report/{channel}?lang=en", cancellationToken);
        var page = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchException($"/report/{channel} answered {(int)response.StatusCode}");
        }

        var embedded = ConfigScript().Match(page);
        if (!embedded.Success)
        {
            throw new BenchException($"/report/{channel} has no tipline-intake-config script");
        }

        var config = JsonSerializer.Deserialize<IntakePageConfig>(embedded.Groups[1].Value, Json);
        if (config is null || config.Recipients.Count == 0)
        {
            throw new BenchException($"/report/{channel} lists no recipients: was the deployment seeded with `tipline init`?");
        }

        return config;
    }

    /// <summary>For the bare ceiling, which has no page: the same number of recipients as a seeded channel, freshly made.</summary>
    public static IntakePageConfig Made(string channel, int recipientCount)
    {
        var recipients = new List<string>();
        for (var i = 0; i < recipientCount; i++)
        {
            using var identity = X25519Identity.Generate();
            recipients.Add(identity.Recipient.ToString());
        }

        return new IntakePageConfig(channel, recipients);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"tipline-intake-config\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ConfigScript();
}
