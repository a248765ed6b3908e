using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Claims.AcceptPreliminaryDetermination;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.Oversight;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Rewards;

public sealed class AcceptPreliminaryDeterminationTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;
    private readonly ApplicationHost host = new();

    [Fact]
    public async Task The_whistleblower_accepts_once_inside_the_contest_window_and_only_their_own_claim()
    {
        var (tipId, otherTipId, claimId) = await SeedPreliminaryClaimAsync(contestDeadlineFromToday: 0);

        await Assert.ThrowsAsync<NotFoundException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptPreliminaryDetermination(otherTipId, claimId))));
        Assert.True(await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptPreliminaryDetermination(tipId, claimId))));

        var claim = await host.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.Id == claimId));
        Assert.Equal((DateOnly?)Today, claim.ContestWaivedOn);
        Assert.True(claim.MayProposeFinalOn(Today));
        var again = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptPreliminaryDetermination(tipId, claimId))));
        Assert.Equal(AcceptPreliminaryDeterminationHandler.NotOpen, Assert.Single(again.Problems).MessageKey);
    }

    [Fact]
    public async Task After_the_contest_window_there_is_nothing_to_accept()
    {
        var (tipId, _, claimId) = await SeedPreliminaryClaimAsync(contestDeadlineFromToday: -1);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptPreliminaryDetermination(tipId, claimId))));

        Assert.Equal(AcceptPreliminaryDeterminationHandler.NotOpen, Assert.Single(refused.Problems).MessageKey);
        Assert.Null(await host.WithDatabaseAsync(db => db.RewardClaims.Where(c => c.Id == claimId).Select(c => c.ContestWaivedOn).SingleAsync()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>A claim whose preliminary 20 % award was approved so that its contest window ends <paramref name="contestDeadlineFromToday"/> days from today.</summary>
    private async Task<(Guid TipId, Guid OtherTipId, Guid ClaimId)> SeedPreliminaryClaimAsync(int contestDeadlineFromToday)
    {
        var world = new OversightWorld(host);
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var ministry = await world.OrganisationAsync("Reward unit", OrganisationType.CitesManagementAuthority);
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var proposer = await world.StaffAsync(ministry, StaffRoles.RewardOfficer);
        var approver = await world.StaffAsync(ministry, StaffRoles.RewardOfficer);
        var tipId = await world.TipAsync(channel, Today.AddDays(-200));
        var otherTipId = await world.TipAsync(channel, Today.AddDays(-200));
        var caseId = await world.CaseAsync(ngo, channel, Today.AddDays(-199), null, tipId, otherTipId);
        var claimId = await host.WithDatabaseAsync(async db =>
        {
            var programme = new RewardProgramme(Guid.NewGuid(), ministry, new RewardProgrammeTerms(
                "Wildlife rewards", "Act 12", "FR", 10m, 30m, 0m, null, "EUR", 90, 30, 30, null, [RewardFactor.Significance], false), Today.AddDays(-300));
            var decidedOn = Today.AddDays(contestDeadlineFromToday - 30);
            var referral = new RewardReferral(Guid.NewGuid(), caseId, programme.Id, proposer.UserId!.Value, decidedOn.AddDays(-20));
            var notice = new RewardNotice(Guid.NewGuid(), referral.Id, caseId, programme.Id, proposer.UserId!.Value, decidedOn.AddDays(-20), 90);
            var claim = new RewardClaim(Guid.NewGuid(), notice.Id, programme.Id, caseId, tipId, ClaimantKind.Anonymous, [1], decidedOn.AddDays(-10));
            claim.Propose(DeterminationStage.Preliminary, decidedOn);
            var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, DeterminationStage.Preliminary, 20m, [2], proposer.UserId!.Value, decidedOn);
            proposal.Approve(approver.UserId!.Value, decidedOn);
            claim.ApplyApproved(proposal, programme, decidedOn);
            db.AddRange(programme, referral, notice, claim, proposal);
            await db.SaveChangesAsync();
            return claim.Id;
        });
        return (tipId, otherTipId, claimId);
    }
}
