using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace TipLine.Bench.Intake;

/// <summary>
/// One tip with one attachment the way a browser without JavaScript sends it: a single multipart POST of the form,
/// the file part streamed from a generated stream (chunked transfer, nothing held in the client), answered by the
/// receipt page once the tip is committed.
/// </summary>
public static partial class NoScriptUpload
{
    /// <summary>Returns the number of plaintext bytes sent in the file part.</summary>
    public static async Task<long> SendAsync(HttpClient http, string channel, long fileBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("social-network"), "platformKind");
        form.Add(new StringContent("ExampleGram"), "platformName");
        form.Add(new StringContent("https://example.test/listing/48213"), "listingUrls");
        form.Add(new StringContent("tortoises"), "species");
        form.Add(new StringContent("live"), "itemKind");
        form.Add(new StringContent("MA"), "sellerCountry");
        form.Add(new StringContent("FR"), "buyerCountry");
        form.Add(new StringContent("A video of the weekly shipment being packed."), "description");
        var file = new StreamContent(new RepeatingBlockStream(fileBytes), 1024 * 1024);
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(file, "files", "evidence.mp4");

        using var response = await http.PostAsync($"/report/{channel}?lang=en", form, cancellationToken);
        var page = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || !ReceiptDigits().IsMatch(page))
        {
            var problem = ErrorItem().Match(page);
            throw new BenchException($"/report/{channel} answered {(int)response.StatusCode} without a receipt: {WebUtility.HtmlDecode(problem.Value)}");
        }

        return fileBytes;
    }

    [GeneratedRegex(@"\d{4}( \d{4}){6}")]
    private static partial Regex ReceiptDigits();

    [GeneratedRegex("<li>.*?</li>")]
    private static partial Regex ErrorItem();
}
