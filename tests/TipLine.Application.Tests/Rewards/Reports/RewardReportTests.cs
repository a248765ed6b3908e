using TipLine.Application.Errors;
using TipLine.Application.Rewards.Reports;
using TipLine.Application.Rewards.Reports.ComputeRewardReport;
using TipLine.Application.Rewards.Reports.ListReportProgrammes;
using TipLine.Application.Statistics;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.Oversight;
using TipLine.Application.Tests.Rewards.Deadlines;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Rewards.Reports;

public sealed class RewardReportTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();
    private readonly RewardSeed seed;
    private readonly Dictionary<Guid, Guid> noticeOfCase = [];

    public RewardReportTests() => seed = new RewardSeed(new OversightWorld(host));

    [Fact]
    public async Task TwoFinalAwardsWithPaymentsAndAReversalAddUp()
    {
        var (_, a, b, programme) = await OfficeAsync();
        var (awardCase, awardTips) = await seed.CaseAsync(tips: 1);
        await seed.SanctionAsync(awardCase, SanctionEntryKind.Collected, 30_000m, "EUR", Today.AddDays(-200));
        await seed.SanctionAsync(awardCase, SanctionEntryKind.ForfeitureProceeds, 20_000m, "EUR", Today.AddDays(-150));
        await seed.SanctionAsync(awardCase, SanctionEntryKind.Imposed, 90_000m, "EUR", Today.AddDays(-250));
        var (cappedCase, cappedTips) = await seed.CaseAsync(tips: 1);
        await seed.SanctionAsync(cappedCase, SanctionEntryKind.Collected, 20_000m, "EUR", Today.AddDays(-200));
        var (noAwardCase, noAwardTips) = await seed.CaseAsync(tips: 3);

        var first = await FinalClaimAsync(awardCase, awardTips[0], programme, 20m, a, b);
        await seed.PaymentAsync(first, 4_000m, "EUR", Today.AddDays(-30));
        var p2 = await seed.PaymentAsync(first, 3_000m, "EUR", Today.AddDays(-20));
        await seed.PaymentAsync(first, 3_000m, "EUR", Today.AddDays(-10), reverses: p2);
        await seed.PaymentAsync(first, 2_500m, "EUR", Today.AddDays(-5));
        var second = await FinalClaimAsync(cappedCase, cappedTips[0], programme, 10m, a, b);
        await seed.PaymentAsync(second, 1_500m, "EUR", Today.AddDays(-5));
        foreach (var tip in noAwardTips)
        {
            await FinalClaimAsync(noAwardCase, tip, programme, null, a, b);
        }

        var report = await host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme)));

        Assert.Equal(
            [
                ("claims.filed", "5"), ("claims.status.Filed", "0"), ("claims.status.PreliminaryProposed", "0"), ("claims.status.Preliminary", "0"),
                ("claims.status.FinalProposed", "0"), ("claims.status.Final", "5"), ("claims.status.Appealed", "0"),
                ("determinations.preliminary", "5"), ("determinations.preliminary.award", "<5"), ("determinations.preliminary.noAward", "<5"),
                ("determinations.final", "5"), ("determinations.final.award", "<5"), ("determinations.final.noAward", "<5"),
            ],
            report.Counts.Select(c => (c.Section + "." + c.Key, c.Display)));
        Assert.All(report.Counts.Where(c => c.Display == "<5"), c => Assert.Null(c.Count));

        // 20 % of 50 000 capped at 9 000, and 10 % of 20 000; paid 4 000 + 3 000 − 3 000 + 2 500, and 1 500.
        Assert.Equal(
            [("obligations", "EUR", 11_000m), ("paid", "EUR", 8_000m), ("outstanding", "EUR", 3_000m)],
            report.Money.Select(m => (m.Measure, m.Currency, m.Amount!.Value)));
        Assert.Equal("11000.00", report.Money[0].Display);
        Assert.Equal([Today.AddDays(-300).Year], report.Years);

        var csv = RewardReportExport.ToCsv(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("programme,period,section,key,currency,value", csv[0]);
        Assert.Contains($"{report.ProgrammeName},all,determinations,final.award,,<5", csv);
        Assert.Contains($"{report.ProgrammeName},all,money,paid,EUR,8000.00", csv);
        Assert.Equal(1 + report.Counts.Count + report.Money.Count, csv.Length);
    }

    [Fact]
    public async Task FourClaimsShowAsBelowFiveAndWithholdTheirMoneyWhileFiveShow()
    {
        var (_, a, b, programme) = await OfficeAsync();
        var (caseId, tips) = await seed.CaseAsync(tips: 5);
        await seed.SanctionAsync(caseId, SanctionEntryKind.Collected, 10_000m, "EUR", Today.AddDays(-200));
        for (var i = 0; i < 4; i++)
        {
            var claim = await FinalClaimAsync(caseId, tips[i], programme, 10m, a, b);
            await seed.PaymentAsync(claim, 100m, "EUR", Today.AddDays(-3));
        }

        var four = await host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme)));

        var filed = four.Counts.Single(c => c.Key == "filed");
        Assert.Equal((null, CellSuppression.BelowThreshold, "<5"), (filed.Count, filed.Suppression, filed.Display));
        Assert.All(four.Money, m =>
        {
            Assert.Null(m.Amount);
            Assert.Equal(RewardReportMoney.WithheldMarker, m.Display);
        });
        Assert.DoesNotContain("400.00", RewardReportExport.ToCsv(four), StringComparison.Ordinal);

        await FinalClaimAsync(caseId, tips[4], programme, 10m, a, b);
        var five = await host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme)));

        Assert.Equal(5, five.Counts.Single(c => c.Key == "filed").Count);
        Assert.Equal([5_000m, 400m, 4_600m], five.Money.Select(m => m.Amount!.Value));
    }

    [Fact]
    public async Task AYearIsSuppressedTogetherWithTheOthersSoAllYearsCannotBeSubtracted()
    {
        var (_, a, _, programme) = await OfficeAsync();
        var (caseId, tips) = await seed.CaseAsync(tips: 8);
        var notice = await seed.NoticeAsync(caseId, programme, new DateOnly(2024, 11, 1), claimWindowDays: 200);
        for (var i = 0; i < 8; i++)
        {
            await seed.ClaimAsync(notice, tips[i], i < 6 ? new DateOnly(2024, 12, 1) : new DateOnly(2025, 1, 10));
        }

        var all = await host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme)));
        var year2024 = await host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme, 2024)));
        var year2025 = await host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme, 2025)));

        // 2025 has 2 claims ("<5"): 2024's 6 must not be shown next to the 8 of all years.
        Assert.Equal([2024, 2025], all.Years);
        Assert.Equal("<5", year2025.Counts.Single(c => c.Key == "filed").Display);
        var shown = new[] { all, year2024 }.Select(r => r.Counts.Single(c => c.Key == "filed")).Count(c => c.Count is not null);
        Assert.True(shown < 2, "Both the year 2024 and all years were published: 2025 could be worked out.");
    }

    [Fact]
    public async Task AnotherOrganisationsProgrammeDoesNotExistAndInvestigatorsAreRefused()
    {
        var (office, a, _, programme) = await OfficeAsync();
        var other = await seed.World.OrganisationAsync("Another rewards office");
        var outsider = await seed.OfficerAsync(other);
        var investigator = await seed.World.StaffAsync(office, StaffRoles.IntakeInvestigator);
        var auditor = await seed.World.StaffAsync(office, StaffRoles.Auditor);
        var otherProgramme = await seed.ProgrammeAsync(other);

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(outsider, m => m.Send(new ComputeRewardReport(programme))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(a, m => m.Send(new ComputeRewardReport(otherProgramme))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator, m => m.Send(new ComputeRewardReport(programme))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator, m => m.Send(new ListReportProgrammes())));
        await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(a, m => m.Send(new ComputeRewardReport(programme, 1999))));

        var audited = await host.SendAsync(auditor, m => m.Send(new ComputeRewardReport(programme)));
        Assert.Equal(programme, audited.ProgrammeId);
        Assert.Equal([programme], (await host.SendAsync(auditor, m => m.Send(new ListReportProgrammes()))).Select(p => p.Id));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<(Guid Office, TestActor A, TestActor B, Guid Programme)> OfficeAsync()
    {
        var office = await seed.World.OrganisationAsync("Rewards office");
        var a = await seed.World.StaffAsync(office, StaffRoles.RewardOfficer);
        var b = await seed.World.StaffAsync(office, StaffRoles.RewardOfficer | StaffRoles.Administrator);
        var programme = await seed.ProgrammeAsync(office, cap: 9_000m);
        return (office, a, b, programme);
    }

    private async Task<Guid> FinalClaimAsync(Guid caseId, Guid tipId, Guid programme, decimal? percent, TestActor a, TestActor b)
    {
        if (!noticeOfCase.TryGetValue(caseId, out var notice))
        {
            notice = noticeOfCase[caseId] = await seed.NoticeAsync(caseId, programme, Today.AddDays(-300), claimWindowDays: 90);
        }

        var claim = await seed.ClaimAsync(notice, tipId, Today.AddDays(-300));
        await seed.FinalAsync(claim, percent, a, b, Today.AddDays(-250), Today.AddDays(-200));
        return claim;
    }
}
