using System.Net;
using System.Text.RegularExpressions;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Cases;

/// <summary>The case pages through real HTTP on Kestrel, signed in as each person of the journey, without JavaScript.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed partial class CasePagesTests(TipLineServer server)
{
    [Fact]
    public async Task An_investigator_opens_triages_and_routes_a_case_the_police_work_on_it_and_customs_never_see_it()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var first = await deployment.SubmitTipAsync("Tortoises in parcels");
        var duplicate = await deployment.SubmitTipAsync("Same seller again");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);

        var (caseUrl, page) = await OpenCaseAsync(investigator, first, duplicate);
        Assert.Contains("The case was opened.", page, StringComparison.Ordinal);
        var reference = ReferencePattern().Match(page).Value;
        Assert.NotEmpty(reference);
        Assert.Contains($"href=\"/office/tips/{first}\"", page, StringComparison.Ordinal);

        var triaged = await investigator.PostFormAsync(caseUrl + "?handler=Triage", TriageFields("Testudo graeca"), formPage: caseUrl);
        Assert.Equal(caseUrl + "?done=Triaged", triaged.Headers.Location?.OriginalString);
        page = await investigator.GetPageAsync(caseUrl);
        Assert.Contains("Testudo graeca (Spur-thighed tortoise)", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"case-status\">Triaged</dd>", page, StringComparison.Ordinal);

        var routed = await investigator.PostFormAsync(caseUrl + "?handler=Route", [new("OrganisationId", deployment.Police.ToString())], formPage: caseUrl);
        Assert.Equal(caseUrl + "?done=Routed", routed.Headers.Location?.OriginalString);

        using var officer = await deployment.SignInAsync(deployment.PoliceOfficer);
        Assert.Contains(reference, await officer.GetPageAsync("/office/cases?Country=GA&Status=Routed"), StringComparison.Ordinal);
        Assert.DoesNotContain(reference, await officer.GetPageAsync("/office/cases?Country=CM"), StringComparison.Ordinal);
        var policePage = await officer.GetPageAsync(caseUrl);
        Assert.Contains($"href=\"/office/tips/{first}\"", policePage, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Triage", policePage, StringComparison.Ordinal);
        var started = await officer.PostFormAsync(caseUrl + "?handler=StartInvestigation", [], formPage: caseUrl);
        Assert.Equal(caseUrl + "?done=InvestigationStarted", started.Headers.Location?.OriginalString);
        Assert.Contains("<dd id=\"case-status\">Under investigation</dd>", await officer.GetPageAsync(caseUrl), StringComparison.Ordinal);

        using var customs = await deployment.SignInAsync(deployment.CustomsOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await customs.GetAsync(caseUrl)).StatusCode);
        Assert.DoesNotContain(reference, await customs.GetPageAsync("/office/cases"), StringComparison.Ordinal);
        var forged = await customs.PostFormAsync(caseUrl + "?handler=Note", [new("NoteText", "forged")], formPage: "/office/cases");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_refusal_is_shown_in_the_readers_language_and_changes_nothing()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Parrots");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        var (caseUrl, _) = await OpenCaseAsync(investigator, tip);

        var refused = await investigator.PostFormAsync(caseUrl + "?handler=Triage&lang=fr", TriageFields("Dragonus imaginarius"), formPage: caseUrl);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ce nom scientifique n'est pas dans le catalogue des espèces.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("<dd id=\"case-status\">Nouveau</dd>", page, StringComparison.Ordinal);

        var platform = await investigator.PostFormAsync(caseUrl + "?handler=Route&lang=es", [new("OrganisationId", deployment.Platform.ToString())], formPage: caseUrl);
        Assert.Equal(HttpStatusCode.BadRequest, platform.StatusCode);
        Assert.Contains("Clasifique el caso antes de remitirlo.", WebUtility.HtmlDecode(await platform.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_is_shown_as_text_never_as_markup()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Ivory");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        var (caseUrl, _) = await OpenCaseAsync(investigator, tip);

        var added = await investigator.PostFormAsync(caseUrl + "?handler=Note", [new("NoteText", "<script>alert(1)</script> seller <b>bold</b>")], formPage: caseUrl);
        var page = await investigator.GetPageAsync(caseUrl);

        Assert.Equal(caseUrl + "?done=NoteAdded", added.Headers.Location?.OriginalString);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; seller &lt;b&gt;bold&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_gets_a_takedown_notice_reads_it_and_marks_it_without_ever_reaching_the_case()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("The seller also ships pangolin scales");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        var (caseUrl, _) = await OpenCaseAsync(investigator, tip);
        var routeToPlatform = await investigator.PostFormAsync(caseUrl + "?handler=Route", [new("OrganisationId", deployment.Platform.ToString())], formPage: caseUrl);
        Assert.Equal(HttpStatusCode.BadRequest, routeToPlatform.StatusCode);

        var issued = await investigator.PostFormAsync(caseUrl + "?handler=Takedown",
            [
                new("PlatformOrganisationId", deployment.Platform.ToString()),
                new("ListingUrls", "https://marketbook.example/listing/991\r\n\r\nhttps://marketbook.example/listing/992"),
                new("SellerHandles", "@tortue_express"),
                new("PlatformNote", "Please keep the seller's records."),
            ],
            formPage: caseUrl);
        Assert.Equal(caseUrl + "?done=NoticeIssued", issued.Headers.Location?.OriginalString);
        var noticeId = NoticeLinkPattern().Match(await investigator.GetPageAsync(caseUrl)).Groups["id"].Value;
        Assert.NotEmpty(noticeId);

        using var platform = await deployment.SignInAsync(deployment.PlatformOfficer);
        Assert.Contains($"href=\"/office/notices/{noticeId}\"", await platform.GetPageAsync("/office/notices?Awaiting=true"), StringComparison.Ordinal);
        var notice = await platform.GetPageAsync($"/office/notices/{noticeId}");
        Assert.Contains("<code>https://marketbook.example/listing/992</code>", notice, StringComparison.Ordinal);
        Assert.Contains("<code>@tortue_express</code>", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://marketbook", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("pangolin", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(ReferencePattern().Match(await investigator.GetPageAsync(caseUrl)).Value, notice, StringComparison.Ordinal);

        var acted = await platform.PostFormAsync($"/office/notices/{noticeId}?handler=ActedOn", [], formPage: $"/office/notices/{noticeId}");
        Assert.Equal($"/office/notices/{noticeId}?done=ActedOn", acted.Headers.Location?.OriginalString);
        Assert.DoesNotContain(noticeId, await platform.GetPageAsync("/office/notices?Awaiting=true"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync(caseUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync($"/office/tips/{tip}")).StatusCode);
    }

    [Fact]
    public async Task Opening_a_case_is_refused_for_a_tip_already_in_one_or_a_malformed_id_and_the_list_refuses_bad_filters()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Sharks fins");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        await OpenCaseAsync(investigator, tip);

        var again = await investigator.PostFormAsync("/office/cases/create", [new("tipIds", tip.ToString())], formPage: "/office/cases");
        var malformed = await investigator.PostFormAsync("/office/cases/create", [new("tipIds", "not-a-tip")], formPage: "/office/cases");
        var badFilter = await investigator.GetAsync("/office/cases?Status=77");
        var longSearch = await investigator.GetAsync("/office/cases?Reference=" + new string('T', 41));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("A tip is already in a case.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("The form was incomplete; please try again.", await badFilter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longSearch.StatusCode);
        Assert.Contains("Search with at most 40 characters.", await longSearch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/office/inbox", (await investigator.GetAsync("/office/cases/create")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Without_a_staff_session_the_pages_send_to_sign_in_and_a_post_without_antiforgery_is_refused()
    {
        using var anonymous = server.CreateRealClient();
        var list = await anonymous.GetAsync(new Uri("/office/cases", UriKind.Relative));
        var notices = await anonymous.GetAsync(new Uri("/office/notices", UriKind.Relative));
        var oneCase = await anonymous.GetAsync(new Uri($"/office/cases/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oneCase.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("/office/login", list.Headers.Location?.AbsolutePath ?? list.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, notices.StatusCode);

        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Orchids");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("tipIds", tip.ToString())]);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = investigator.Cookies }) { BaseAddress = server.Address };
        var forged = await http.PostAsync(new Uri("/office/cases/create", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("/office/cases/", forged.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    internal static async Task<(string CaseUrl, string Page)> OpenCaseAsync(OfficeClient client, params Guid[] tips)
    {
        var created = await client.PostFormAsync("/office/cases/create", tips.Select(t => new KeyValuePair<string, string>("tipIds", t.ToString())), formPage: "/office/cases");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.Matches("^/office/cases/[0-9a-f-]{36}\\?done=CaseCreated$", location);
        return (location.Split('?')[0], await client.GetPageAsync(location));
    }

    private static KeyValuePair<string, string>[] TriageFields(string taxon) =>
    [
        new("Taxon", taxon), new("Appendix", "II"), new("Platform", "Marketbook"), new("Countries", "FR"), new("Countries", "GA"),
        new("ShipmentMethod", "post"), new("Urgency", "High"),
    ];

    [GeneratedRegex("TL-\\d{4}-\\d{5,}")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("href=\"/office/notices/(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex NoticeLinkPattern();
}
