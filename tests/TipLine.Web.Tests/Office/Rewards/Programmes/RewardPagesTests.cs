using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Office.Cases;

namespace TipLine.Web.Tests.Office.Rewards.Programmes;

/// <summary>
/// Programmes, referrals, the sanctions ledger and notices through real HTTP on Kestrel, without JavaScript: an
/// administrator sets a programme up, a case worker refers a case and records a sanction, a reward officer records
/// the collection and posts the notice, and another fund's officer never sees the referral.
/// </summary>
[Collection(TipLineServerCollection.Name)]
public sealed partial class RewardPagesTests(TipLineServer server)
{
    private const string Past = "2025-12-01";

    [Fact]
    public async Task An_administrator_creates_a_programme_through_the_form_then_edits_and_deactivates_it()
    {
        var fund = await FundAsync();
        using var admin = await SignInAsync(fund.Administrator);
        Assert.Contains("href=\"/office/admin/programmes\"", await admin.GetPageAsync("/office/admin"), StringComparison.Ordinal);

        var refused = await admin.PostFormAsync("/office/admin/programmes?handler=Create", ProgrammeFields(fund.Name, minimumPercent: "40"), formPage: "/office/admin/programmes");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The award band must run from a minimum above 0 %", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var created = await admin.PostFormAsync("/office/admin/programmes?handler=Create", ProgrammeFields(fund.Name), formPage: "/office/admin/programmes");
        Assert.Equal("/office/admin/programmes?done=ProgrammeCreated", created.Headers.Location?.OriginalString);
        var list = await admin.GetPageAsync("/office/admin/programmes?done=ProgrammeCreated");
        Assert.Contains("The programme was created.", list, StringComparison.Ordinal);
        var programmeUrl = ProgrammeLinkPattern().Match(list).Value;
        Assert.NotEmpty(programmeUrl);
        var programme = await WithDatabaseAsync(db => db.RewardProgrammes.AsNoTracking().SingleAsync(p => p.OrganisationId == fund.Id));
        Assert.Equal((10m, 30m, 1000m, (decimal?)null, "USD", 90, true), (programme.MinimumPercent, programme.MaximumPercent, programme.MinimumCollected, programme.Cap, programme.Currency, programme.ClaimWindowDays, programme.AllowsAnonymousClaims));
        Assert.Equal([RewardFactor.Significance, RewardFactor.Culpability], programme.FactorList);

        var edit = await admin.GetPageAsync(programmeUrl);
        Assert.Contains("value=\"1000\"", edit, StringComparison.Ordinal);
        // "1,500" is 1500 to one reader and 1.5 to another: refused, never guessed.
        var ambiguous = await admin.PostFormAsync(programmeUrl + "?handler=Update", ProgrammeFields(fund.Name, cap: "1,500"), formPage: programmeUrl);
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        Assert.Contains("Write a number, e.g. 12500.50.", await ambiguous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await WithDatabaseAsync(db => db.RewardProgrammes.Where(p => p.OrganisationId == fund.Id).Select(p => p.Cap).SingleAsync()));
        var updated = await admin.PostFormAsync(programmeUrl + "?handler=Update", ProgrammeFields(fund.Name, cap: "250 000.50"), formPage: programmeUrl);
        Assert.Equal(programmeUrl + "?done=ProgrammeUpdated", updated.Headers.Location?.OriginalString);
        var deactivated = await admin.PostFormAsync(programmeUrl + "?handler=Active", [new("active", "false")], formPage: programmeUrl);
        Assert.Equal(programmeUrl + "?done=ProgrammeDeactivated", deactivated.Headers.Location?.OriginalString);
        Assert.Contains("<p id=\"programme-status\">Inactive", await admin.GetPageAsync(programmeUrl), StringComparison.Ordinal);
        programme = await WithDatabaseAsync(db => db.RewardProgrammes.AsNoTracking().SingleAsync(p => p.OrganisationId == fund.Id));
        Assert.Equal((250_000.5m, false), (programme.Cap, programme.IsActive));
    }

    [Fact]
    public async Task A_case_worker_refers_and_records_a_reward_officer_records_the_collection_and_posts_the_notice()
    {
        var fund = await FundAsync();
        var programmeId = await ProgrammeAsync(fund);
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Pangolin scales");
        using var investigator = await SignInAsync(deployment.Investigator);
        var caseUrl = await OpenCaseAsync(investigator, tip);
        var casePage = await investigator.GetPageAsync(caseUrl);
        Assert.Contains("Sanctions and rewards", casePage, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{programmeId}\"", casePage, StringComparison.Ordinal);

        var referred = await investigator.PostFormAsync(caseUrl + "?handler=Refer", [new("ProgrammeId", programmeId.ToString())], formPage: caseUrl);
        Assert.Equal(caseUrl + "?done=Referred", referred.Headers.Location?.OriginalString);
        casePage = await investigator.GetPageAsync(caseUrl + "?done=Referred");
        Assert.Contains("The case was referred to the programme.", casePage, StringComparison.Ordinal);
        Assert.Contains("Lacey Act rewards " + fund.Name, casePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{programmeId}\"", casePage, StringComparison.Ordinal);

        var recorded = await investigator.PostFormAsync(caseUrl + "?handler=Sanction", SanctionFields("Imposed", "5000", "Court order 14/2025"), formPage: caseUrl);
        Assert.Equal(caseUrl + "?done=SanctionRecorded", recorded.Headers.Location?.OriginalString);
        Assert.Contains("Court order 14/2025", await investigator.GetPageAsync(caseUrl), StringComparison.Ordinal);
        var future = await investigator.PostFormAsync(caseUrl + "?handler=Sanction", SanctionFields("Collected", "10", "R", day: "2999-01-01"), formPage: caseUrl);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("The day cannot be in the future.", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var officer = await SignInAsync(fund.Officer);
        var workspace = await officer.GetPageAsync("/office/rewards");
        var referralUrl = ReferralLinkPattern().Match(workspace).Value;
        Assert.NotEmpty(referralUrl);
        Assert.Contains("href=\"/office/rewards\"", workspace, StringComparison.Ordinal);
        var referralPage = await officer.GetPageAsync(referralUrl);
        Assert.Contains("Court order 14/2025", referralPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Pangolin scales", referralPage, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Notice", referralPage, StringComparison.Ordinal);

        var early = await officer.PostFormAsync(referralUrl + "?handler=Notice", [], formPage: referralUrl);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Matches("Collected sanctions have not reached the programme&#x27;s minimum: 0.00 USD of 1,000.00 USD.", await early.Content.ReadAsStringAsync());

        var collected = await officer.PostFormAsync(referralUrl + "?handler=Sanction", SanctionFields("Collected", "1500.25", "Receipt 7"), formPage: referralUrl);
        Assert.Equal(referralUrl + "?done=SanctionRecorded", collected.Headers.Location?.OriginalString);
        referralPage = await officer.GetPageAsync(referralUrl);
        Assert.Contains("1,500.25 USD collected of a minimum of 1,000.00 USD", referralPage, StringComparison.Ordinal);
        Assert.Contains("?handler=Notice", referralPage, StringComparison.Ordinal);

        var posted = await officer.PostFormAsync(referralUrl + "?handler=Notice", [], formPage: referralUrl);
        Assert.Equal(referralUrl + "?done=NoticePosted", posted.Headers.Location?.OriginalString);
        Assert.Contains("Notice posted on", await officer.GetPageAsync(referralUrl), StringComparison.Ordinal);
        var entries = await WithDatabaseAsync(db => db.SanctionEntries.AsNoTracking().Where(e => db.RewardReferrals.Any(r => r.ProgrammeId == programmeId && r.CaseId == e.CaseId)).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal([(1, SanctionEntryKind.Imposed, 5000m), (2, SanctionEntryKind.Collected, 1500.25m)], entries.Select(e => (e.Sequence, e.Kind, e.Amount)));
        Assert.Equal(1, await WithDatabaseAsync(db => db.RewardNotices.CountAsync(n => n.ProgrammeId == programmeId)));
        Assert.Contains("notice posted on", await investigator.GetPageAsync(caseUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_funds_officer_gets_not_found_and_the_referral_page_speaks_french()
    {
        var fund = await FundAsync();
        var other = await FundAsync();
        var programmeId = await ProgrammeAsync(fund);
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Ivory");
        using var investigator = await SignInAsync(deployment.Investigator);
        var caseUrl = await OpenCaseAsync(investigator, tip);
        await investigator.PostFormAsync(caseUrl + "?handler=Refer", [new("ProgrammeId", programmeId.ToString())], formPage: caseUrl);
        var referralId = await WithDatabaseAsync(db => db.RewardReferrals.Where(r => r.ProgrammeId == programmeId).Select(r => r.Id).SingleAsync());
        var referralUrl = $"/office/rewards/referrals/{referralId}";

        using var stranger = await SignInAsync(other.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(referralUrl)).StatusCode);
        Assert.DoesNotContain(referralUrl, await stranger.GetPageAsync("/office/rewards"), StringComparison.Ordinal);
        var forged = await stranger.PostFormAsync(referralUrl + "?handler=Sanction", SanctionFields("Collected", "1", "Forged"), formPage: "/office/rewards");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        using var customs = await SignInAsync(deployment.CustomsOfficer);
        var foreignCase = await customs.PostFormAsync(caseUrl + "?handler=Sanction", SanctionFields("Collected", "1", "Forged"), formPage: "/office/cases");
        Assert.Equal(HttpStatusCode.NotFound, foreignCase.StatusCode);
        Assert.Equal(0, await WithDatabaseAsync(db => db.SanctionEntries.CountAsync(e => e.Reference == "Forged")));

        using var officer = await SignInAsync(fund.Officer);
        var french = WebUtility.HtmlDecode(await officer.GetPageAsync(referralUrl + "?lang=fr"));
        Assert.Contains("Registre des sanctions", french, StringComparison.Ordinal);
        Assert.Contains("Avis d'action couverte", french, StringComparison.Ordinal);
        Assert.Contains("Rien n'est encore enregistré.", french, StringComparison.Ordinal);
        var refused = await officer.PostFormAsync(referralUrl + "?handler=Sanction&lang=fr", SanctionFields("Collected", "1.001", "Reçu"), formPage: referralUrl);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Le montant doit être positif", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] ProgrammeFields(string suffix, string minimumPercent = "10", string cap = "") =>
    [
        new("Name", "Lacey Act rewards " + suffix), new("LegalBasis", "16 U.S.C. 3375(d)"), new("Jurisdiction", "US"),
        new("MinimumPercent", minimumPercent), new("MaximumPercent", "30"), new("Currency", "USD"), new("MinimumCollected", "1000"),
        new("Cap", cap), new("ClaimWindowDays", "90"), new("ContestWindowDays", "30"), new("AppealWindowDays", "60"),
        new("Exclusions", "Officials acting in their duties"), new("Factors", "Significance"), new("Factors", "Culpability"),
        new("AllowsAnonymousClaims", "true"),
    ];

    private static KeyValuePair<string, string>[] SanctionFields(string kind, string amount, string reference, string day = Past) =>
    [
        new("sanction.CorrectsEntryId", string.Empty), new("sanction.Kind", kind), new("sanction.Amount", amount),
        new("sanction.Currency", "USD"), new("sanction.OccurredOn", day), new("sanction.Reference", reference),
    ];

    private static async Task<string> OpenCaseAsync(OfficeClient client, Guid tip)
    {
        var created = await client.PostFormAsync("/office/cases/create", [new("tipIds", tip.ToString())], formPage: "/office/cases");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString.Split('?')[0];
    }

    private async Task<Fund> FundAsync()
    {
        var name = Guid.NewGuid().ToString("N")[..8];
        var id = await StaffSeed.CreateOrganisationAsync(server.Services, "Reward fund " + name, OrganisationType.CitesManagementAuthority, "US");
        var administrator = await StaffSeed.CreateUserAsync(server.Services, id, "fund-admin-" + name, StaffRoles.Administrator);
        var officer = await StaffSeed.CreateUserAsync(server.Services, id, "fund-officer-" + name, StaffRoles.RewardOfficer);
        return new Fund(id, name, administrator, officer);
    }

    /// <summary>A programme of the fund seeded straight into the database (the form itself is tested above).</summary>
    private Task<Guid> ProgrammeAsync(Fund fund) =>
        WithDatabaseAsync(async db =>
        {
            var terms = new RewardProgrammeTerms(
                "Lacey Act rewards " + fund.Name, "16 U.S.C. 3375(d)", "US", 10m, 30m, 1000m, null, "USD", 90, 30, 60, null, [RewardFactor.Significance], false);
            var programme = new RewardProgramme(Guid.NewGuid(), fund.Id, terms, DateOnly.FromDateTime(DateTime.UtcNow));
            db.RewardProgrammes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

    private async Task<OfficeClient> SignInAsync(SeededStaff staff)
    {
        var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        return client;
    }

    private async Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, Task<T>> work)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }

    [GeneratedRegex("/office/admin/programmes/[0-9a-f-]{36}")]
    private static partial Regex ProgrammeLinkPattern();

    [GeneratedRegex("/office/rewards/referrals/[0-9a-f-]{36}")]
    private static partial Regex ReferralLinkPattern();

    private sealed record Fund(Guid Id, string Name, SeededStaff Administrator, SeededStaff Officer);
}
