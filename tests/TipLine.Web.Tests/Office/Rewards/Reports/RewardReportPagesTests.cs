using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Notifications;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Office.Oversight;

namespace TipLine.Web.Tests.Office.Rewards.Reports;

[Collection(TipLineServerCollection.Name)]
public sealed partial class RewardReportPagesTests(TipLineServer server)
{
    private static readonly DateOnly Today = OversightSeed.Today;

    [Fact]
    public async Task ThePageShowsTheSuppressedReportAndTheCsvHoldsTheSameFigures()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, officer) = await seed.SignInAsync(server, StaffRoles.RewardOfficer);
        using (client)
        {
            var approver = await StaffSeed.CreateUserAsync(server.Services, seed.OrganisationId, "rr-" + Guid.NewGuid().ToString("N")[..12], StaffRoles.RewardOfficer);
            var shown = await ProgrammeWithFinalClaimsAsync(seed, officer.UserId, approver.UserId, "Alpha programme", claims: 5);
            var small = await ProgrammeWithFinalClaimsAsync(seed, officer.UserId, approver.UserId, "Beta programme", claims: 4);

            var page = await client.GetPageAsync($"/office/rewards/reports?programmeId={shown}");
            var csv = await client.GetPageAsync($"/office/rewards/reports/export.csv?programmeId={shown}");

            Assert.Contains("Beta programme (EUR)", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/office/rewards/reports/export.csv?programmeId={shown}\"", page, StringComparison.Ordinal);
            var figures = FiguresOf(page);
            Assert.Equal("5", figures["claims.filed"]);
            Assert.Equal("5", figures["determinations.final.award"]);
            Assert.Equal("5000.00", figures["money.obligations.EUR"]);
            Assert.Equal("300.00", figures["money.paid.EUR"]);
            Assert.Equal("4700.00", figures["money.outstanding.EUR"]);
            Assert.Equal(figures.OrderBy(f => f.Key, StringComparer.Ordinal), CsvFiguresOf(csv).OrderBy(f => f.Key, StringComparer.Ordinal));

            var smallPage = await client.GetPageAsync($"/office/rewards/reports?programmeId={small}");
            var smallCsv = await client.GetPageAsync($"/office/rewards/reports/export.csv?programmeId={small}");
            var smallFigures = FiguresOf(smallPage);
            Assert.Equal("<5", smallFigures["claims.filed"]);
            Assert.Equal("withheld", smallFigures["money.obligations.EUR"]);
            Assert.Contains(">Withheld</td>", smallPage, StringComparison.Ordinal);
            Assert.DoesNotContain("4000.00", smallPage, StringComparison.Ordinal);
            Assert.Equal(smallFigures.OrderBy(f => f.Key, StringComparer.Ordinal), CsvFiguresOf(smallCsv).OrderBy(f => f.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task AnotherOrganisationsProgrammeIsNotFoundAndInvestigatorsAreForbidden()
    {
        var theirs = await OversightSeed.CreateAsync(server.Services);
        var (theirClient, theirOfficer) = await theirs.SignInAsync(server, StaffRoles.RewardOfficer);
        theirClient.Dispose();
        var programme = await ProgrammeWithFinalClaimsAsync(theirs, theirOfficer.UserId, theirOfficer.UserId, "Theirs", claims: 0);
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (officer, _) = await seed.SignInAsync(server, StaffRoles.RewardOfficer);
        var (investigator, _) = await seed.SignInAsync(server, StaffRoles.IntakeInvestigator);
        using (officer)
        using (investigator)
        {
            using var page = await officer.GetAsync($"/office/rewards/reports?programmeId={programme}");
            using var csv = await officer.GetAsync($"/office/rewards/reports/export.csv?programmeId={programme}");
            using var none = await officer.GetAsync("/office/rewards/reports");
            using var forbidden = await investigator.GetAsync("/office/rewards/reports");
            using var forbiddenCsv = await investigator.GetAsync($"/office/rewards/reports/export.csv?programmeId={programme}");

            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
            Assert.Equal(HttpStatusCode.OK, none.StatusCode);
            Assert.Contains("Your organisation runs no reward programme.", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, forbiddenCsv.StatusCode);
        }
    }

    [Fact]
    public async Task RewardNotificationsAreWordedAndLinkToTheirReferralOrClaim()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, officer) = await seed.SignInAsync(server, StaffRoles.RewardOfficer);
        using (client)
        {
            var programme = await ProgrammeWithFinalClaimsAsync(seed, officer.UserId, officer.UserId, "Gamma", claims: 0);
            var (referral, notice) = await WriteAsync(async db =>
            {
                var caseId = await NewCaseAsync(db, seed);
                var referred = new RewardReferral(Guid.NewGuid(), caseId, programme, officer.UserId, Today);
                var posted = new RewardNotice(Guid.NewGuid(), referred.Id, caseId, programme, officer.UserId, Today, 30);
                db.RewardReferrals.Add(referred);
                await db.SaveChangesAsync();
                db.RewardNotices.Add(posted);
                return (referred.Id, posted.Id);
            });
            var claim = Guid.NewGuid();
            await seed.NotificationAsync(officer.UserId, NotificationKind.ClaimWindowClosed, notice);
            await seed.NotificationAsync(officer.UserId, NotificationKind.RewardPaymentDue, claim);

            var page = await client.GetPageAsync("/office/notifications");
            var french = await client.GetPageAsync("/office/notifications?lang=fr");

            Assert.Contains("Claim window closed", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/office/rewards/referrals/{referral}\"", page, StringComparison.Ordinal);
            Assert.Contains("Reward payment due", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/office/rewards/claims/{claim}\"", page, StringComparison.Ordinal);
            Assert.Contains("Paiement de récompense dû", System.Net.WebUtility.HtmlDecode(french), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheRewardSweepIsScheduledHourly()
    {
        _ = server.Address;
        using var connection = server.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.Equal(Cron.Hourly(), connection.GetRecurringJobs().Single(j => j.Id == "reward-sweep").Cron);
    }

    /// <summary>Figures by "section.key" (counts) and "money.measure.currency", as the page's tables show them.</summary>
    private static Dictionary<string, string> FiguresOf(string page)
    {
        var figures = CountRow().Matches(page).ToDictionary(m => m.Groups["key"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        foreach (Match money in MoneyRow().Matches(page))
        {
            figures[money.Groups["key"].Value] = money.Groups["value"].Value;
        }

        return figures;
    }

    private static Dictionary<string, string> CsvFiguresOf(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[2] == "money" ? $"money.{f[3]}.{f[4]}" : $"{f[2]}.{f[3]}", f => f[5]);

    /// <summary>A EUR programme of the seed's organisation with <paramref name="claims"/> claims on one case, each finally awarded 10 % of 10 000.</summary>
    private async Task<Guid> ProgrammeWithFinalClaimsAsync(OversightSeed seed, Guid proposer, Guid approver, string name, int claims) =>
        await WriteAsync(async db =>
        {
            var programme = new RewardProgramme(
                Guid.NewGuid(),
                seed.OrganisationId,
                new RewardProgrammeTerms(name, "Act 1", "KE", 10m, 30m, 1000m, null, "EUR", 90, 30, 30, null, [RewardFactor.Significance], AllowsAnonymousClaims: true),
                Today.AddDays(-400));
            db.RewardProgrammes.Add(programme);
            await db.SaveChangesAsync();
            if (claims == 0)
            {
                return programme.Id;
            }

            var caseId = await NewCaseAsync(db, seed);
            db.SanctionEntries.Add(new SanctionEntry(Guid.NewGuid(), caseId, 1, SanctionEntryKind.Collected, 10_000m, "EUR", Today.AddDays(-300), "FINE-1", null, proposer, Today.AddDays(-300)));
            var referral = new RewardReferral(Guid.NewGuid(), caseId, programme.Id, proposer, Today.AddDays(-300));
            db.RewardReferrals.Add(referral);
            await db.SaveChangesAsync();
            var notice = new RewardNotice(Guid.NewGuid(), referral.Id, caseId, programme.Id, proposer, Today.AddDays(-300), 90);
            db.RewardNotices.Add(notice);
            await db.SaveChangesAsync();
            for (var i = 0; i < claims; i++)
            {
                var tip = new Domain.Tips.Tip(Guid.NewGuid(), seed.ChannelId, Today.AddDays(-350), "age1tip", "age1whistleblower", RandomNumberGenerator.GetBytes(100), RandomNumberGenerator.GetBytes(64));
                db.Tips.Add(tip);
                var claim = new RewardClaim(Guid.NewGuid(), notice.Id, programme.Id, caseId, tip.Id, ClaimantKind.Anonymous, RandomNumberGenerator.GetBytes(100), Today.AddDays(-290));
                db.RewardClaims.Add(claim);
                foreach (var (stage, day) in new[] { (DeterminationStage.Preliminary, Today.AddDays(-250)), (DeterminationStage.Final, Today.AddDays(-200)) })
                {
                    var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, 10m, RandomNumberGenerator.GetBytes(50), proposer, day);
                    claim.Propose(stage, day);
                    proposal.Approve(approver, day);
                    claim.ApplyApproved(proposal, programme, day);
                    db.AwardProposals.Add(proposal);
                }

                await db.SaveChangesAsync();
                if (i == 0)
                {
                    db.RewardPayments.Add(new RewardPayment(Guid.NewGuid(), claim.Id, 1, PaymentKind.Payment, 100m, "EUR", Today.AddDays(-100), "TRF-1", null, proposer, Today.AddDays(-100)));
                    db.RewardPayments.Add(new RewardPayment(Guid.NewGuid(), claim.Id, 2, PaymentKind.Payment, 200m, "EUR", Today.AddDays(-50), "TRF-2", null, proposer, Today.AddDays(-50)));
                }
            }

            return programme.Id;
        });

    private static async Task<Guid> NewCaseAsync(TipLineDbContext db, OversightSeed seed)
    {
        var created = new Domain.Cases.Case(Guid.NewGuid(), seed.OrganisationId, "RR-" + Guid.NewGuid().ToString("N")[..12], Today.AddDays(-360));
        db.Cases.Add(created);
        await db.SaveChangesAsync();
        return created.Id;
    }

    private async Task<T> WriteAsync<T>(Func<TipLineDbContext, Task<T>> write)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var result = await write(database);
        await database.SaveChangesAsync();
        return result;
    }

    [GeneratedRegex("<tr data-key=\"(?<key>(?:claims|determinations)\\.[^\"]+)\">\\s*<th scope=\"row\">[^<]*</th>\\s*<td[^>]*>(?<value>[^<]*)</td>")]
    private static partial Regex CountRow();

    [GeneratedRegex("<tr data-key=\"(?<key>money\\.[a-z]+\\.[A-Z]{3})\">.*?data-value=\"(?<value>[^\"]*)\"", RegexOptions.Singleline)]
    private static partial Regex MoneyRow();
}
