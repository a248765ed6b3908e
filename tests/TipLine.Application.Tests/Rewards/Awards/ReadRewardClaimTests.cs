using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Rewards.Awards;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Application.Tests.Cases;
using TipLine.Crypto.Age;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Rewards.Awards;

/// <summary>Who reads what of a claim: its officers open the sealed parts; an auditor, a later officer and an investigator cannot.</summary>
public sealed class ReadRewardClaimTests : IAsyncLifetime
{
    private AwardWorld world = null!;

    public async Task InitializeAsync() => world = await AwardWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_reward_officer_reads_the_terms_the_case_reference_and_the_sealed_claim()
    {
        var claim = await world.ClaimAsync();

        var view = await world.As(world.OfficerB, m => m.Send(new ReadRewardClaim(claim.Id)));

        Assert.Equal(SealedState.Opened, view.Claim.State);
        Assert.Equal(AwardWorld.LawyerName, view.Claim.Value!.Representative);
        Assert.Equal("TL-2025-00042", view.CaseReference);
        Assert.Equal(("Wildlife rewards", 10m, 30m, "USD"), (view.Programme.Name, view.Programme.MinimumPercent, view.Programme.MaximumPercent, view.Programme.Currency));
        Assert.Equal(new DateOnly(2026, 4, 2), view.ClaimDeadline);
        Assert.Equal((ClaimantKind.Represented, ClaimStatus.Filed), (view.Kind, view.Status));
        Assert.Equal([ClaimAction.ProposeDetermination], view.AvailableActions);
        Assert.Null(view.Contest);
    }

    [Fact]
    public async Task An_auditor_sees_the_figures_but_no_sealed_part_and_can_do_nothing()
    {
        var claim = await world.ClaimAsync(ClaimStatus.Preliminary, preliminaryOn: new DateOnly(2026, 3, 10), contested: true);

        var view = await world.As(world.Auditor, m => m.Send(new ReadRewardClaim(claim.Id)));

        Assert.Equal((SealedState.NotForRole, null), (view.Claim.State, view.Claim.Value));
        Assert.Equal(SealedState.NotForRole, view.Contest!.State);
        Assert.Equal(SealedState.NotForRole, Assert.Single(view.Proposals).Reasons.State);
        Assert.Equal(20m, view.AwardPercent);
        Assert.Empty(view.AvailableActions);

        var officers = await world.As(world.OfficerA, m => m.Send(new ReadRewardClaim(claim.Id)));
        Assert.Equal("The informant's help was decisive.", officers.Contest!.Value);
        Assert.Equal("Seeded: Significance", Assert.Single(officers.Proposals).Reasons.Value![RewardFactor.Significance]);
    }

    [Fact]
    public async Task An_officer_who_joined_after_the_claim_was_sealed_gets_a_marker_not_an_error()
    {
        var claim = await world.ClaimAsync();
        var identity = X25519Identity.Generate();
        var newcomer = new StaffUser(Guid.NewGuid(), world.Authority, "newcomer", "Newcomer", StaffRoles.RewardOfficer, "hash", identity.Recipient.ToString(), [1], [2], AwardWorld.Today);
        await world.Host.WithDatabaseAsync(db =>
        {
            db.StaffUsers.Add(newcomer);
            return db.SaveChangesAsync();
        });
        world.Host.StaffKeys.SignIn(newcomer.Id, identity);

        var view = await world.Host.SendAsync(new Hosting.TestActor(newcomer.Id, world.Authority, StaffRoles.RewardOfficer), m => m.Send(new ReadRewardClaim(claim.Id)));

        Assert.Equal((SealedState.NotSealedToReader, null), (view.Claim.State, view.Claim.Value));
        Assert.Equal("TL-2025-00042", view.CaseReference);
    }

    [Fact]
    public async Task An_investigator_of_the_same_organisation_is_forbidden_and_their_key_does_not_open_the_claim()
    {
        var claim = await world.ClaimAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.Investigator, m => m.Send(new ReadRewardClaim(claim.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new ReadRewardClaim(claim.Id))));

        var ciphertext = await world.Host.WithDatabaseAsync(db => db.RewardClaims.Where(c => c.Id == claim.Id).Select(c => c.Ciphertext).SingleAsync());
        Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(ciphertext, [world.Investigator.Identity]));
        Assert.Throws<AgeException>(() => TipSealing.OpenWithAnyKey(ciphertext, [world.OtherOfficer.Identity]));
        Assert.NotEmpty(TipSealing.OpenWithAnyKey(ciphertext, [world.OfficerA.Identity]));
    }
}
