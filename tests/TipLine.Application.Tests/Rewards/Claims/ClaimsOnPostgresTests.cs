using TipLine.Application.Errors;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Claims.AcceptPreliminaryDetermination;
using TipLine.Application.Rewards.Claims.ContestDetermination;
using TipLine.Application.Rewards.Claims.FileRewardClaim;
using TipLine.Application.Rewards.Claims.ReadRewardStatus;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Rewards;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Rewards.Claims;

/// <summary>Claims on PostgreSQL, where submissions really run side by side.</summary>
public sealed class ClaimsOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public async Task Simultaneous_claims_with_one_receipt_store_one_claim_and_refuse_the_others_as_already_claimed()
    {
        var world = await ClaimWorld.SeedAsync(Host);
        var content = new ClaimContent("Amina", "amina@example.test", "IBAN FR76 0000", "", "");
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var ciphertext = await world.SealedClaimAsync(content);
            try
            {
                await world.AsWhistleblower(m => m.Send(new FileRewardClaim(world.TipId, world.NoticeId, ClaimantKind.Identified, ciphertext)));
                return "stored";
            }
            catch (RequestValidationException refused)
            {
                return Assert.Single(refused.Problems).MessageKey;
            }
        })));

        Assert.Equal(1, attempts.Count(a => a == "stored"));
        Assert.All(attempts.Where(a => a != "stored"), a => Assert.Equal(FileRewardClaimValidator.AlreadyClaimed, a));
        Assert.Equal(1, await world.ClaimCountAsync());
        var status = await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)));
        Assert.Equal(ClaimDetermination.UnderReview, Assert.Single(status.Notices).Claim!.Determination);
    }

    [PostgresFact]
    public async Task A_contest_and_an_acceptance_sent_at_once_leave_exactly_one_of_them()
    {
        var world = await ClaimWorld.SeedAsync(Host);
        var claimId = await world.SeedPreliminaryClaimAsync(world.TipId, 20m, ClaimWorld.Today.AddDays(-1));
        var contest = new ContestContent("The award ignores the weeks I spent documenting the route.").SealFor(await world.RecipientsAsync());

        var contests = Enumerable.Range(0, 3).Select(_ => Attempt(() => world.AsWhistleblower(m => m.Send(new ContestDetermination(world.TipId, claimId, contest)))));
        var acceptances = Enumerable.Range(0, 3).Select(_ => Attempt(() => world.AsWhistleblower(m => m.Send(new AcceptPreliminaryDetermination(world.TipId, claimId)))));
        var outcomes = await Task.WhenAll(contests.Concat(acceptances));

        Assert.Equal(1, outcomes.Count(o => o == "done"));
        Assert.All(outcomes.Where(o => o != "done"), o => Assert.Contains(o, new[] { ContestDeterminationHandler.ContestClosed, AcceptPreliminaryDeterminationHandler.NotOpen }));
        var claim = await world.ClaimAsync(claimId);
        Assert.True(claim.IsContested ^ (claim.ContestWaivedOn is not null));
    }

    private static Task<string> Attempt<T>(Func<Task<T>> send) => Task.Run(async () =>
    {
        try
        {
            await send();
            return "done";
        }
        catch (RequestValidationException refused)
        {
            return Assert.Single(refused.Problems).MessageKey;
        }
    });
}
