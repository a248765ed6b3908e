using System.Net;
using System.Text.RegularExpressions;
using TipLine.Domain.Messaging;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// The whole journey without JavaScript over real HTTP (Tor Browser "Safest"): plain multipart form, receipt shown
/// after the commit, receipt login, the acknowledgement in the page's language, an answer with a file.
/// </summary>
public sealed partial class NoScriptIntakeTests(SeededServer seeded) : IClassFixture<SeededServer>
{
    [Theory]
    [InlineData("en", "Thank you. Your report has been received")]
    [InlineData("fr", "Merci. Votre signalement a été reçu")]
    [InlineData("es", "Gracias. Su denuncia se recibió")]
    public async Task A_tip_sent_without_javascript_is_stored_encrypted_and_followed_up_with_its_receipt(string language, string acknowledgement)
    {
        var marker = "tortues-" + Guid.NewGuid().ToString("N");
        var photo = RandomBytes(300_000);
        using var client = seeded.Server.CreateRealClient();

        using var formPage = await client.GetAsync($"/report/wildlife?lang={language}");
        Assert.Equal(HttpStatusCode.OK, formPage.StatusCode);
        Assert.False(formPage.Headers.Contains("Set-Cookie"), "the intake form must set no cookie");

        using var submitted = await client.PostAsync($"/report/wildlife?lang={language}", Form(
            ("platformKind", "social-network"), ("platformName", "ExampleGram"), ("listingUrls", "https://example.test/listing/1\nhttps://example.test/listing/2"),
            ("sellerHandles", "@seller"), ("species", "tortues vivantes"), ("itemKind", "live"), ("shipmentMethod", "colis postal"),
            ("sellerCountry", "MA"), ("buyerCountry", "FR"), ("transitCountries", "ES"), ("rewardInterest", "true"),
            ("description", marker)).WithFile("files", "label.jpg", "image/jpeg", photo));
        var page = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, Regex.Match(page, "<li>.*</li>").Value);
        Assert.False(submitted.Headers.Contains("Set-Cookie"), "the submission must set no cookie");
        var receipt = ReceiptPattern().Match(page);
        Assert.True(receipt.Success, "the receipt page shows 7 groups of 4 digits");

        var opened = await TipInspection.OpenByMarkerAsync(seeded.Server.Services, seeded.Seed.InvestigatorKey, marker);
        Assert.Equal("ExampleGram", opened.Answers.PlatformName);
        Assert.Equal(["https://example.test/listing/1", "https://example.test/listing/2"], opened.Answers.ListingUrls);
        Assert.Equal("MA", opened.Answers.SellerCountry);
        Assert.Equal(["ES"], opened.Answers.TransitCountries);
        Assert.True(opened.Answers.RewardInterest);
        Assert.Equal(language, opened.Answers.Language);
        Assert.Equal("label.jpg", Assert.Single(opened.Answers.Files).Name);
        Assert.Equal(photo, Assert.Single(opened.Files).Plaintext);
        Assert.Equal(2, opened.WrapCount); // the investigator and the whistleblower
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), opened.Tip.ReceivedOn);
        var (direction, body) = Assert.Single(opened.Messages);
        Assert.Equal(MessageDirection.ToWhistleblower, direction);
        Assert.StartsWith(acknowledgement, body.Body, StringComparison.Ordinal);

        // Come back with the receipt (typed with dashes, as someone might copy it).
        using var login = await client.PostAsync($"/followup/login?lang={language}", Form(("receipt", receipt.Value.Replace(' ', '-'))));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("tipline-followup=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var session = cookie.Split(';')[0];

        var followUp = await GetAsync(client, $"/followup?lang={language}", session);
        Assert.Contains(acknowledgement, followUp, StringComparison.Ordinal);
        Assert.Contains(marker, followUp, StringComparison.Ordinal);

        var answer = "label-visible-" + Guid.NewGuid().ToString("N");
        var secondPhoto = RandomBytes(70_000);
        using var reply = await SendAsync(client, HttpMethod.Post, $"/followup/reply?lang={language}", session,
            Form(("body", answer)).WithFile("files", "second.jpg", "image/jpeg", secondPhoto));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Contains(answer, await GetAsync(client, $"/followup?lang={language}", session), StringComparison.Ordinal);

        var afterReply = await TipInspection.OpenByMarkerAsync(seeded.Server.Services, seeded.Seed.InvestigatorKey, marker);
        Assert.Equal(answer, afterReply.Messages[^1].Body.Body);
        Assert.Equal(MessageDirection.FromWhistleblower, afterReply.Messages[^1].Direction);
        Assert.Contains(afterReply.Files, f => f.Plaintext.SequenceEqual(secondPhoto) && f.Attachment.MessageId is not null);

        using var logout = await SendAsync(client, HttpMethod.Post, $"/followup/logout?lang={language}", session, null);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("\"cookies\"", logout.Headers.GetValues("Clear-Site-Data").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Please describe what you saw.")]
    [InlineData("fr", "Décrivez ce que vous avez vu.")]
    [InlineData("es", "Describa lo que vio.")]
    public async Task A_form_without_description_is_refused_in_the_page_language_and_stores_nothing(string language, string expected)
    {
        using var client = seeded.Server.CreateRealClient();
        var before = await TipInspection.CountTipsAsync(seeded.Server.Services);
        var blobsBefore = BlobFiles();
        using var response = await client.PostAsync($"/report/wildlife?lang={language}",
            Form(("species", "kept-" + language), ("description", "   ")).WithFile("files", "a.jpg", "image/jpeg", RandomBytes(10_000)));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains("kept-" + language, page, StringComparison.Ordinal); // what was typed is kept
        Assert.DoesNotMatch(ReceiptPattern(), page);
        Assert.Equal(before, await TipInspection.CountTipsAsync(seeded.Server.Services));
        Assert.Equal(blobsBefore, BlobFiles());
    }

    [Fact]
    public async Task Too_many_or_too_large_files_are_refused_and_nothing_is_stored()
    {
        using var client = seeded.Server.CreateRealClient();
        var before = await TipInspection.CountTipsAsync(seeded.Server.Services);
        var blobsBefore = BlobFiles();
        var tooMany = Form(("description", "too many files"));
        for (var i = 0; i < 4; i++)
        {
            tooMany.WithFile("files", $"f{i}.bin", "application/octet-stream", RandomBytes(1000));
        }

        using var many = await client.PostAsync("/report/wildlife?lang=fr", tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("Trop de fichiers", WebUtility.HtmlDecode(await many.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var large = await client.PostAsync("/report/wildlife?lang=es",
            Form(("description", "too large")).WithFile("files", "big.bin", "application/octet-stream", RandomBytes((32 * 1024 * 1024) + 1)));
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("supera el tamaño", WebUtility.HtmlDecode(await large.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(before, await TipInspection.CountTipsAsync(seeded.Server.Services));
        Assert.Equal(blobsBefore, BlobFiles());
    }

    [Fact]
    public async Task A_wrong_receipt_is_refused_with_a_localised_message_and_no_cookie()
    {
        using var client = seeded.Server.CreateRealClient();
        using var malformed = await client.PostAsync("/followup/login?lang=fr", Form(("receipt", "1234 5678")));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("Ce n'est pas un reçu valide", WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(malformed.Headers.Contains("Set-Cookie"));

        var unknown = Crypto.Receipts.Receipt.Generate().ToDisplayString();
        using var wrong = await client.PostAsync("/followup/login?lang=es", Form(("receipt", unknown)));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("No reconocemos este recibo", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Receipt_pages_have_the_same_size_whatever_was_submitted()
    {
        using var client = seeded.Server.CreateRealClient();
        using var small = await client.PostAsync("/report/wildlife?lang=en", Form(("description", "x")));
        using var large = await client.PostAsync("/report/wildlife?lang=en",
            Form(("description", new string('y', 50_000)), ("platformName", "Some platform"), ("contact", "me@example.test"))
                .WithFile("files", "photo.jpg", "image/jpeg", RandomBytes(200_000)));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Equal((await small.Content.ReadAsByteArrayAsync()).Length, (await large.Content.ReadAsByteArrayAsync()).Length);
    }

    internal static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string session)
    {
        using var response = await SendAsync(client, HttpMethod.Get, path, session, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string session, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", session);
        return await client.SendAsync(request);
    }

    private SortedSet<string> BlobFiles() =>
        new(Directory.Exists(Path.Combine(seeded.Server.DataDirectory, "blobs"))
            ? Directory.EnumerateFiles(Path.Combine(seeded.Server.DataDirectory, "blobs"), "*", SearchOption.AllDirectories)
            : [], StringComparer.Ordinal);

    [GeneratedRegex(@"\b\d{4}( \d{4}){6}\b")]
    private static partial Regex ReceiptPattern();
}
