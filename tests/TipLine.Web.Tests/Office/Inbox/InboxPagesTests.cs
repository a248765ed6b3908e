using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Tests.Evidence;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Office.Inbox;

/// <summary>The investigator's side over real HTTP: inbox, a tip page rendered safely, downloads, metadata, replies.</summary>
public sealed partial class InboxPagesTests(InboxServer inbox) : IClassFixture<InboxServer>
{
    private const string Script = "<script>alert(1)</script>";
    private const string JavascriptUrl = "javascript:alert(document.cookie)";

    [Fact]
    public async Task A_tip_sent_without_javascript_appears_in_the_inbox_and_its_page_shows_planted_markup_as_inert_text()
    {
        var tip = await inbox.SubmitAsync(Script + " tortoises every week", [
            ("platformName", "<img src=x onerror=alert(2)>"),
            ("listingUrls", JavascriptUrl + "\nhttps://example.test/listing/1"),
            ("sellerHandles", "<a href=\"javascript:alert(3)\">seller</a>"),
        ]);

        var list = await inbox.Office.GetPageAsync("/office/inbox");
        Assert.Contains($"href=\"/office/tips/{tip.TipId}\"", list, StringComparison.Ordinal);

        var page = await inbox.Office.GetPageAsync($"/office/tips/{tip.TipId}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; tortoises every week", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"https://example.test", page, StringComparison.Ordinal);
        Assert.Matches(CopyableInput(JavascriptUrl), page);
        Assert.Matches(CopyableInput("https://example.test/listing/1"), page);
    }

    [Fact]
    public async Task A_download_is_the_exact_plaintext_as_an_attachment_that_no_browser_renders_and_is_audited()
    {
        var html = "<html><body><script>alert('evidence')</script></body></html>"u8.ToArray();
        var tip = await inbox.SubmitAsync("a page the seller sent", [], ("..\\listing\u202Egpj.html", "text/html", html));
        var fileId = FileIds(await inbox.Office.GetPageAsync($"/office/tips/{tip.TipId}")).Single();

        using var response = await inbox.Office.GetAsync($"/office/tips/{tip.TipId}/files/{fileId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(html, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var suggested = disposition.FileNameStar ?? disposition.FileName!;
        Assert.DoesNotContain('\u202E', suggested);
        Assert.DoesNotContain('\\', suggested);
        Assert.EndsWith("gpj.html", suggested, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("tip.file.download"), e => e == fileId.ToString("D"));
    }

    [Fact]
    public async Task The_metadata_page_of_a_photo_warns_of_its_gps_position_and_offers_a_sanitised_copy()
    {
        var photo = JpegSample.WithExif(littleEndian: true);
        var tip = await inbox.SubmitAsync("photo of the label", [], ("label.jpg", "image/jpeg", photo));
        var fileId = FileIds(await inbox.Office.GetPageAsync($"/office/tips/{tip.TipId}")).Single();
        var metadataPage = $"/office/tips/{tip.TipId}/files/{fileId}/metadata";

        var report = await inbox.Office.GetPageAsync(metadataPage);
        Assert.Contains("id=\"gps-warning\"", report, StringComparison.Ordinal);
        Assert.Contains("GPS position present", report, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(TiffSample.BodySerial), report, StringComparison.Ordinal);

        using var sanitised = await inbox.Office.PostFormAsync($"/office/tips/{tip.TipId}/files/{fileId}/sanitised", [], metadataPage);
        Assert.Equal(HttpStatusCode.OK, sanitised.StatusCode);
        Assert.Equal("attachment", sanitised.Content.Headers.ContentDisposition?.DispositionType);
        var copy = await sanitised.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8], copy[..2]);
        Assert.Equal(-1, copy.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(TiffSample.BodySerial)));
        Assert.Contains(await AuditAsync("tip.file.export-sanitised"), e => e == fileId.ToString("D"));
    }

    [Fact]
    public async Task A_staff_reply_reaches_the_whistleblower_who_sees_it_as_new_once_through_the_followup_with_the_receipt()
    {
        var tip = await inbox.SubmitAsync("tortoises again", []);
        var question = "Was the sender address visible? " + Guid.NewGuid().ToString("N");

        using var sent = await inbox.Office.PostFormAsync($"/office/tips/{tip.TipId}/reply", [new("Body", question)], $"/office/tips/{tip.TipId}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/office/tips/{tip.TipId:D}?sent=true", sent.Headers.Location?.OriginalString);
        Assert.Contains(WebUtility.HtmlEncode(question), await inbox.Office.GetPageAsync($"/office/tips/{tip.TipId}?sent=true"), StringComparison.Ordinal);

        using var whistleblower = inbox.Server.CreateRealClient();
        using var login = await whistleblower.PostAsync("/followup/login?lang=en", NoScriptIntakeTests.Form(("receipt", tip.Receipt)));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var session = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        var firstVisit = await FollowUpAsync(whistleblower, session);
        Assert.Contains(WebUtility.HtmlEncode(question), firstVisit, StringComparison.Ordinal);
        Assert.Equal(2, NewMarker().Matches(firstVisit).Count); // the acknowledgement and the question
        Assert.Empty(NewMarker().Matches(await FollowUpAsync(whistleblower, session)));
        Assert.Contains(await AuditAsync("tip.message.send"), e => e == tip.TipId.ToString("D"));
    }

    [Theory]
    [InlineData("en", "Write a message first.")]
    [InlineData("fr", "Écrivez d'abord un message.")]
    [InlineData("es", "Escriba primero un mensaje.")]
    public async Task An_empty_reply_is_refused_in_the_staff_members_language(string language, string expected)
    {
        var tip = await inbox.SubmitAsync("tortoises", []);

        using var refused = await inbox.Office.PostFormAsync($"/office/tips/{tip.TipId}/reply?lang={language}", [new("Body", "  ")], $"/office/tips/{tip.TipId}?lang={language}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await inbox.Office.GetPageAsync("/office/inbox?lang=en");
    }

    [Fact]
    public async Task Another_organisations_investigator_gets_not_found_for_the_tip_its_files_and_its_conversation()
    {
        var tip = await inbox.SubmitAsync("ours only", [], ("label.jpg", "image/jpeg", [1, 2, 3]));
        var fileId = FileIds(await inbox.Office.GetPageAsync($"/office/tips/{tip.TipId}")).Single();
        var police = await StaffSeed.CreateOrganisationAsync(inbox.Server.Services, "Other unit " + Guid.NewGuid().ToString("N")[..6], OrganisationType.IntakeUnit, "FR");
        var outsider = await StaffSeed.CreateUserAsync(inbox.Server.Services, police, "outsider-" + Guid.NewGuid().ToString("N")[..8], StaffRoles.IntakeInvestigator | StaffRoles.Prosecutor);
        using var office = new OfficeClient(inbox.Server);
        await office.SignInFirstTimeAsync(outsider.UserName, outsider.Password);

        Assert.DoesNotContain(tip.TipId.ToString(), await office.GetPageAsync("/office/inbox"), StringComparison.Ordinal);
        foreach (var path in new[] { $"/office/tips/{tip.TipId}", $"/office/tips/{tip.TipId}/files/{fileId}", $"/office/tips/{tip.TipId}/files/{fileId}/metadata" })
        {
            using var response = await office.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var reply = await office.PostFormAsync($"/office/tips/{tip.TipId}/reply", [new("Body", "hello")], "/office/inbox");
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        using var sanitised = await office.PostFormAsync($"/office/tips/{tip.TipId}/files/{fileId}/sanitised", [], "/office/inbox");
        Assert.Equal(HttpStatusCode.NotFound, sanitised.StatusCode);
    }

    [Theory]
    [InlineData("fr", "Boîte de réception")]
    [InlineData("es", "Bandeja de entrada")]
    public async Task The_inbox_speaks_the_staff_members_language(string language, string title)
    {
        var page = await inbox.Office.GetPageAsync($"/office/inbox?lang={language}");
        await inbox.Office.GetPageAsync("/office/inbox?lang=en");

        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Guid> FileIds(string tipPage) =>
        FileLink().Matches(tipPage).Select(m => Guid.Parse(m.Groups["file"].Value)).Distinct().ToList();

    private static async Task<string> FollowUpAsync(HttpClient client, string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/followup?lang=en");
        request.Headers.Add("Cookie", session);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Regex CopyableInput(string value) =>
        new($"<input class=\"copyable\" type=\"text\" readonly value=\"{Regex.Escape(WebUtility.HtmlEncode(value))}\"");

    private async Task<IReadOnlyList<string?>> AuditAsync(string action)
    {
        await using var scope = inbox.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TipLineDbContext>().AuditEntries
            .Where(e => e.Action == action).Select(e => e.ObjectId).ToListAsync();
    }

    [GeneratedRegex("href=\"/office/tips/[0-9a-f-]{36}/files/(?<file>[0-9a-f-]{36})\"")]
    private static partial Regex FileLink();

    [GeneratedRegex("<strong class=\"new\">")]
    private static partial Regex NewMarker();
}
