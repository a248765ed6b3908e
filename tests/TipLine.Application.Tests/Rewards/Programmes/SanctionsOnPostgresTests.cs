using Microsoft.EntityFrameworkCore;
using TipLine.Application.Rewards.Notices.PostRewardNotice;
using TipLine.Application.Rewards.Referrals.ListRewardReferrals;
using TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Rewards;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>The sanctions ledger on PostgreSQL, where writers really run side by side.</summary>
public sealed class SanctionsOnPostgresTests : PostgresHostedTests
{
    private const int Concurrent = 8;

    [PostgresFact]
    public async Task Lines_recorded_at_the_same_moment_by_a_case_worker_and_an_officer_get_distinct_consecutive_sequences()
    {
        var world = await RewardsWorld.SeedAsync(Host);
        var referred = await world.ReferredCaseAsync();

        await Task.WhenAll(Enumerable.Range(1, Concurrent).Select(n => Task.Run(() =>
            world.As(n % 2 == 0 ? world.Officer : world.Cases.Investigator, m => m.Send(
                new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 100m * n, "USD", new DateOnly(2026, 3, 1), $"Receipt {n}"))))));

        var entries = await world.EntriesAsync(referred.CaseId);
        Assert.Equal(Enumerable.Range(1, Concurrent), entries.Select(e => e.Sequence));
        Assert.Equal(100m * Enumerable.Range(1, Concurrent).Sum(), entries.Sum(e => e.Amount));
        Assert.True((await Host.VerifyAuditChainAsync()).IsIntact);

        await world.As(world.Officer, m => m.Send(new PostRewardNotice(referred.ReferralId)));
        var row = Assert.Single(await world.As(world.Officer, m => m.Send(new ListRewardReferrals())));
        Assert.Equal((3_600m, true), (row.Collected, row.MinimumReached));
        Assert.Equal(1, await Host.WithDatabaseAsync(db => db.RewardNotices.CountAsync()));
    }
}
