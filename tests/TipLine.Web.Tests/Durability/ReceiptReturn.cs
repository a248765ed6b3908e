using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// A whistleblower coming back without JavaScript: log in with the receipt, read the follow-up page, download every
/// file of the report. Returns what is wrong; an empty list means the tip survived whole.
/// </summary>
internal static partial class ReceiptReturn
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(HttpClient client, AcknowledgedTip tip)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(tip);
        var who = $"receipt of {tip.Description} ({tip.SentThrough})";
        using var form = new MultipartFormDataContent { { new StringContent(tip.Receipt), "receipt" } };
        using var login = await client.PostAsync(new Uri("/followup/login?lang=en", UriKind.Relative), form);
        var session = login.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("tipline-followup=", StringComparison.Ordinal))
            : null;
        if (login.StatusCode != HttpStatusCode.Redirect || session is null)
        {
            return [ResponseExcerpt.Describe(who + " does not log in", login.StatusCode, await login.Content.ReadAsStringAsync())];
        }

        var (status, page) = await GetAsync(client, "/followup?lang=en", session);
        var html = System.Text.Encoding.UTF8.GetString(page);
        if (status != HttpStatusCode.OK)
        {
            return [ResponseExcerpt.Describe(who + ": follow-up page", status, html)];
        }

        var problems = new List<string>();
        if (!html.Contains(tip.Description, StringComparison.Ordinal))
        {
            problems.Add(who + ": the follow-up page does not show the description that was sent");
        }

        var downloaded = new List<string>();
        foreach (var attachment in AttachmentLink().Matches(html).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal))
        {
            var (fileStatus, content) = await GetAsync(client, $"/followup/files/{attachment}?lang=en", session);
            if (fileStatus != HttpStatusCode.OK)
            {
                problems.Add($"{who}: attachment {attachment} answers HTTP {(int)fileStatus}");
                continue;
            }

            downloaded.Add(Convert.ToHexStringLower(SHA256.HashData(content)));
        }

        if (!downloaded.Order(StringComparer.Ordinal).SequenceEqual(tip.FileSha256.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            problems.Add($"{who}: {tip.FileSha256.Count} file(s) sent, {downloaded.Count} downloaded, contents differ");
        }

        return problems;
    }

    private static async Task<(HttpStatusCode Status, byte[] Body)> GetAsync(HttpClient client, string path, string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", session);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex("/followup/files/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex AttachmentLink();
}
