using Microsoft.EntityFrameworkCore;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Application.Rewards.Resealing.ResealRewardFiles;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.Rewards.Awards;
using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Inspection;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
namespace TipLine.Application.Tests.Rewards.Resealing;

using Staff = TipLine.Application.Tests.Cases.Staff;

/// <summary>
/// A reward officer who joins after a claim was sealed can read it once a colleague who can open it lands on the back
/// office; one who is disabled can no longer open anything re-sealed after that. The whistleblower keeps their copy.
/// </summary>
public sealed class ResealRewardFilesTests : IAsyncLifetime
{
    private AwardWorld world = null!;

    [Fact]
    public async Task A_newcomer_reads_claims_contests_and_reasons_after_a_colleague_reseals_them_and_a_disabled_officer_no_longer_can()
    {
        var claim = await world.ClaimAsync(ClaimStatus.Preliminary, contested: true);
        var newcomer = await AddOfficerAsync("newcomer");
        var before = await ReadAsync(newcomer, claim.Id);
        Assert.Equal((SealedState.NotSealedToReader, SealedState.NotSealedToReader), (before.Claim.State, before.Contest!.State));

        // The newcomer cannot re-seal what they cannot open; nothing changes and nothing is audited.
        var attempt = await world.As(newcomer, m => m.Send(new ResealRewardFiles()));
        Assert.Equal((0, 0), (attempt.Claims, attempt.Proposals));

        await DisableAsync(world.OfficerB);
        var resealed = await world.As(world.OfficerA, m => m.Send(new ResealRewardFiles()));

        Assert.Equal((1, 1), (resealed.Claims, resealed.Proposals));
        var after = await ReadAsync(newcomer, claim.Id);
        Assert.Equal((SealedState.Opened, AwardWorld.LawyerName), (after.Claim.State, after.Claim.Value?.Representative));
        Assert.Equal(SealedState.Opened, after.Contest!.State);
        Assert.All(after.Proposals, p => Assert.Equal(SealedState.Opened, p.Reasons.State));

        var row = await world.ClaimRowAsync(claim.Id);
        Assert.Equal(3, AgeFileInspector.Inspect(row.Ciphertext).RecipientCount); // A, the newcomer, the whistleblower; not B
        Assert.Throws<AgeException>(() => TipLine.Application.Intake.Plaintext.TipSealing.OpenWithAnyKey(row.Ciphertext, [world.OfficerB.Identity]));
        Assert.Contains(ResealRewardFilesHandler.AuditAction, await world.AuditActionsAsync());

        // Everything is now sealed for today's officers: a second landing re-seals nothing and writes no audit entry.
        var entries = (await world.AuditActionsAsync()).Count;
        var again = await world.As(world.OfficerA, m => m.Send(new ResealRewardFiles()));
        Assert.Equal((0, 0, false), (again.Claims, again.Proposals, again.MoreRemain));
        Assert.Equal(entries, (await world.AuditActionsAsync()).Count);
    }

    [Fact]
    public async Task Only_reward_officers_may_reseal_and_only_their_own_organisations_files_are_touched()
    {
        var claim = await world.ClaimAsync();
        var sealedBefore = (await world.ClaimRowAsync(claim.Id)).Ciphertext;

        await Assert.ThrowsAsync<Errors.ForbiddenException>(() => world.As(world.Investigator, m => m.Send(new ResealRewardFiles())));
        var other = await world.As(world.OtherOfficer, m => m.Send(new ResealRewardFiles()));

        Assert.Equal((0, 0), (other.Claims, other.Proposals));
        Assert.Equal(sealedBefore, (await world.ClaimRowAsync(claim.Id)).Ciphertext);
    }

    public async Task InitializeAsync() => world = await AwardWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private Task<RewardClaimView> ReadAsync(Staff reader, Guid claimId) =>
        world.As(reader, m => m.Send(new ReadRewardClaim(claimId)));

    private async Task<Staff> AddOfficerAsync(string name)
    {
        var identity = X25519Identity.Generate();
        var user = new StaffUser(Guid.NewGuid(), world.Authority, name, name, StaffRoles.RewardOfficer, "hash", identity.Recipient.ToString(), [1], [2], AwardWorld.Today);
        await world.Host.WithDatabaseAsync(db =>
        {
            db.StaffUsers.Add(user);
            return db.SaveChangesAsync();
        });
        world.Host.StaffKeys.SignIn(user.Id, identity);
        return new Staff(user.Id, world.Authority, StaffRoles.RewardOfficer, identity);
    }

    private Task DisableAsync(Staff staff) => world.Host.WithDatabaseAsync(async db =>
    {
        var user = await db.StaffUsers.SingleAsync(u => u.Id == staff.UserId);
        user.Disable();
        return await db.SaveChangesAsync();
    });
}
