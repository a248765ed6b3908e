using TipLine.Application.Errors;
using TipLine.Application.Rewards;
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
}
