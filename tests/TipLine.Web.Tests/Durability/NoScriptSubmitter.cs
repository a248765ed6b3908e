using System.Net;
using System.Text.RegularExpressions;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Durability;

/// <summary>Sends a tip as a browser without JavaScript does: one multipart POST whose 200 page shows the receipt.</summary>
internal static partial class NoScriptSubmitter
{
    public const string Path = "no-JS form";

    public static async Task<AcknowledgedTip> SubmitAsync(HttpClient client, string channel, PlantedTip tip)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(tip);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("live tortoises"), "species");
        form.Add(new StringContent(tip.Description), "description");
        foreach (var file in tip.Files)
        {
            form.WithFile("files", file.Name, file.MediaType, file.Content);
        }

        using var response = await client.PostAsync(new Uri($"/report/{channel}?lang=en", UriKind.Relative), form);
        var page = await response.Content.ReadAsStringAsync();
        var receipt = ReceiptPattern().Match(page);
        if (response.StatusCode != HttpStatusCode.OK || !receipt.Success)
        {
            throw new InvalidOperationException(ResponseExcerpt.Describe("no-JS submission", response.StatusCode, page));
        }

        return tip.Acknowledge(receipt.Value, Path);
    }

    [GeneratedRegex(@"\b\d{4}( \d{4}){6}\b")]
    private static partial Regex ReceiptPattern();
}
