using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Awards.ApproveDetermination;
using TipLine.Application.Rewards.Awards.ProposeDetermination;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Application.Rewards.Awards.RecordRewardPayment;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Rewards;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Rewards.Awards;

/// <summary>Awards on PostgreSQL, where two officers really act at the same moment.</summary>
public sealed class AwardsOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public async Task Two_officers_paying_the_whole_outstanding_at_once_pay_it_exactly_once()
    {
        var world = await AwardWorld.SeedAsync(Host);
        var claim = await world.ClaimAsync(ClaimStatus.Final, percent: 20m, preliminaryOn: new DateOnly(2026, 1, 10), finalOn: new DateOnly(2026, 3, 1));
        await world.CollectAsync(10_000m);

        var attempts = await Task.WhenAll(new[] { world.OfficerA, world.OfficerB }.Select(officer => Task.Run(async () =>
        {
            try
            {
                await world.As(officer, m => m.Send(new RecordRewardPayment(claim.Id, 2_000m, "USD", AwardWorld.Today, "TRF-" + officer.UserId)));
                return null;
            }
            catch (RequestValidationException refusal)
            {
                return Assert.Single(refusal.Problems).MessageKey;
            }
        })));

        Assert.Single(attempts, a => a is null);
        Assert.Single(attempts, a => a == LedgerRefusals.ExceedsOutstanding);
        Assert.Equal(2_000m, await world.Host.WithDatabaseAsync(db => db.RewardPayments.Where(p => p.ClaimId == claim.Id).SumAsync(p => p.Amount)));
        Assert.True((await world.Host.VerifyAuditChainAsync()).IsIntact);
    }

    [PostgresFact]
    public async Task A_determination_and_the_claim_page_work_the_same_on_postgres()
    {
        var world = await AwardWorld.SeedAsync(Host);
        var first = await world.ClaimAsync(ClaimStatus.Final, percent: 20m, preliminaryOn: new DateOnly(2026, 1, 10), finalOn: new DateOnly(2026, 3, 1));
        var second = await world.ClaimAsync();

        var proposal = await world.As(world.OfficerA, m => m.Send(new ProposeDetermination(second.Id, 10m, AwardWorld.AllReasons())));
        await world.As(world.OfficerB, m => m.Send(new ApproveDetermination(proposal)));

        var view = await world.As(world.OfficerA, m => m.Send(new ReadRewardClaim(second.Id)));
        Assert.Equal((ClaimStatus.Preliminary, 10m), (view.Status, view.AwardPercent));
        Assert.Equal(SealedState.Opened, view.Claim.State);
        Assert.Equal(ClaimStatus.Final, (await world.ClaimRowAsync(first.Id)).Status);
    }
}
