using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Awards;
using TipLine.Application.Rewards.Awards.ApproveDetermination;
using TipLine.Application.Rewards.Awards.ProposeDetermination;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Application.Rewards.Awards.ReturnDetermination;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Awards;

using Staff = TipLine.Application.Tests.Cases.Staff;

/// <summary>Determinations: a proposal by one reward officer, approved or returned by another, each refusal with its key.</summary>
public sealed class DeterminationTests : IAsyncLifetime
{
    private AwardWorld world = null!;

    public async Task InitializeAsync() => world = await AwardWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_preliminary_approved_by_a_second_officer_opens_the_contest_window_and_tells_the_whistleblower_in_three_languages()
    {
        var claim = await world.ClaimAsync();

        var proposalId = await Propose(world.OfficerA, claim.Id, 20m);
        Assert.Equal(ClaimStatus.PreliminaryProposed, (await world.ClaimRowAsync(claim.Id)).Status);
        var returned = await world.As(world.OfficerB, m => m.Send(new ApproveDetermination(proposalId)));

        Assert.Equal(claim.Id, returned);
        var row = await world.ClaimRowAsync(claim.Id);
        Assert.Equal(ClaimStatus.Preliminary, row.Status);
        Assert.Equal(20m, row.AwardPercent);
        Assert.Equal(new DateOnly(2026, 4, 13), row.ContestDeadline);
        var message = Assert.Single(await world.MessagesToWhistleblowerAsync(claim));
        Assert.Contains("Preliminary determination on your reward claim: 20 % of sanctions collected. You may contest it until 2026-04-13", message, StringComparison.Ordinal);
        Assert.Contains("Décision préliminaire sur votre demande de récompense : 20 %", message, StringComparison.Ordinal);
        Assert.Contains("Determinación preliminar sobre su solicitud de recompensa: 20 %", message, StringComparison.Ordinal);
        var tip = await world.Host.WithDatabaseAsync(db => db.Tips.AsNoTracking().SingleAsync(t => t.Id == claim.TipId));
        Assert.Equal(AwardWorld.Today, tip.FeedbackGivenOn);

        var view = await world.As(world.OfficerB, m => m.Send(new ReadRewardClaim(claim.Id)));
        var proposal = Assert.Single(view.Proposals);
        Assert.Equal(SealedState.Opened, proposal.Reasons.State);
        Assert.Equal("Because: Culpability", proposal.Reasons.Value![RewardFactor.Culpability]);
        Assert.Equal("officer-a display", proposal.ProposedBy);
        Assert.Equal("officer-b display", proposal.DecidedBy);
        Assert.Equal(ProposalState.Approved, proposal.State);
        Assert.Equal(["reward.determination.propose", "reward.determination.approve"], (await world.AuditActionsAsync()).Where(a => a.StartsWith("reward.", StringComparison.Ordinal)));
        Assert.True((await world.Host.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task The_proposer_can_neither_approve_nor_return_their_own_proposal()
    {
        var claim = await world.ClaimAsync();
        var proposalId = await Propose(world.OfficerA, claim.Id, 20m);

        Assert.Equal(AwardRefusals.FourEyes, await RefusalOf(world.As(world.OfficerA, m => m.Send(new ApproveDetermination(proposalId)))));
        Assert.Equal(AwardRefusals.FourEyes, await RefusalOf(world.As(world.OfficerA, m => m.Send(new ReturnDetermination(proposalId, "mine")))));

        Assert.Equal(ClaimStatus.PreliminaryProposed, (await world.ClaimRowAsync(claim.Id)).Status);
        var forProposer = await world.As(world.OfficerA, m => m.Send(new ReadRewardClaim(claim.Id)));
        Assert.DoesNotContain(ClaimAction.ApproveDetermination, forProposer.AvailableActions);
        Assert.DoesNotContain(ClaimAction.ReturnDetermination, forProposer.AvailableActions);
        var forSecond = await world.As(world.OfficerB, m => m.Send(new ReadRewardClaim(claim.Id)));
        Assert.Contains(ClaimAction.ApproveDetermination, forSecond.AvailableActions);
        Assert.Contains(ClaimAction.ReturnDetermination, forSecond.AvailableActions);
        Assert.Empty(await world.MessagesToWhistleblowerAsync(claim));
    }

    [Fact]
    public async Task A_returned_proposal_keeps_its_sealed_reason_and_the_claim_can_be_proposed_again()
    {
        var claim = await world.ClaimAsync();
        var first = await Propose(world.OfficerA, claim.Id, 25m);

        await world.As(world.OfficerB, m => m.Send(new ReturnDetermination(first, "Assistance was limited; 15 % at most.")));

        Assert.Equal(ClaimStatus.Filed, (await world.ClaimRowAsync(claim.Id)).Status);
        Assert.Equal(AwardRefusals.NotPending, await RefusalOf(world.As(world.OfficerB, m => m.Send(new ApproveDetermination(first)))));
        var second = await Propose(world.OfficerB, claim.Id, 15m);
        await world.As(world.OfficerA, m => m.Send(new ApproveDetermination(second)));

        var view = await world.As(world.OfficerA, m => m.Send(new ReadRewardClaim(claim.Id)));
        Assert.Equal([ProposalState.Returned, ProposalState.Approved], view.Proposals.Select(p => p.State));
        Assert.Equal("Assistance was limited; 15 % at most.", view.Proposals[0].ReturnReason!.Value);
        Assert.Equal(15m, view.AwardPercent);
        Assert.Contains("reward.determination.return", await world.AuditActionsAsync());
    }

    [Theory]
    [InlineData("35")]
    [InlineData("9.99")]
    [InlineData("20.125")]
    public async Task An_award_outside_the_band_or_with_more_than_two_decimals_is_refused(string percent)
    {
        var claim = await world.ClaimAsync();

        Assert.Equal(AwardRefusals.OutsideBand, await RefusalOf(Propose(world.OfficerA, claim.Id, decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(ClaimStatus.Filed, (await world.ClaimRowAsync(claim.Id)).Status);
    }

    [Fact]
    public async Task No_award_is_a_determination_too()
    {
        var claim = await world.ClaimAsync();
        var proposal = await Propose(world.OfficerA, claim.Id, null);
        await world.As(world.OfficerB, m => m.Send(new ApproveDetermination(proposal)));

        Assert.Null((await world.ClaimRowAsync(claim.Id)).AwardPercent);
        Assert.Contains("Preliminary determination on your reward claim: no award.", Assert.Single(await world.MessagesToWhistleblowerAsync(claim)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_factor_needs_a_reason_of_at_most_two_thousand_characters()
    {
        var claim = await world.ClaimAsync();
        var blank = new Dictionary<RewardFactor, string>(AwardWorld.AllReasons()) { [RewardFactor.Timeliness] = "   " };
        var missing = AwardWorld.AllReasons().Where(r => r.Key != RewardFactor.Assistance).ToDictionary();
        var tooLong = new Dictionary<RewardFactor, string>(AwardWorld.AllReasons()) { [RewardFactor.Significance] = new string('x', 2_001) };

        Assert.Equal(AwardRefusals.ReasonsMissing, await RefusalOf(world.As(world.OfficerA, m => m.Send(new ProposeDetermination(claim.Id, 20m, blank)))));
        Assert.Equal(AwardRefusals.ReasonsMissing, await RefusalOf(world.As(world.OfficerA, m => m.Send(new ProposeDetermination(claim.Id, 20m, missing)))));
        Assert.Equal(AwardRefusals.ReasonTooLong, await RefusalOf(world.As(world.OfficerA, m => m.Send(new ProposeDetermination(claim.Id, 20m, tooLong)))));
        Assert.Equal(ClaimStatus.Filed, (await world.ClaimRowAsync(claim.Id)).Status);
    }

    [Fact]
    public async Task A_second_proposal_while_one_is_pending_is_the_wrong_stage()
    {
        var claim = await world.ClaimAsync();
        await Propose(world.OfficerA, claim.Id, 20m);

        Assert.Equal(AwardRefusals.WrongStage, await RefusalOf(Propose(world.OfficerB, claim.Id, 20m)));
    }

    [Fact]
    public async Task The_final_waits_for_the_contest_window_unless_the_whistleblower_contested()
    {
        var open = await world.ClaimAsync(ClaimStatus.Preliminary, percent: 10m, preliminaryOn: new DateOnly(2026, 3, 10));
        var contested = await world.ClaimAsync(ClaimStatus.Preliminary, percent: 10m, preliminaryOn: new DateOnly(2026, 3, 10), contested: true);
        var passed = await world.ClaimAsync(ClaimStatus.Preliminary, percent: 10m, preliminaryOn: new DateOnly(2026, 2, 1));

        Assert.Equal(AwardRefusals.ContestWindowOpen, await RefusalOf(Propose(world.OfficerA, open.Id, 20m)));
        Assert.DoesNotContain(ClaimAction.ProposeDetermination, (await world.As(world.OfficerA, m => m.Send(new ReadRewardClaim(open.Id)))).AvailableActions);

        var final = await Propose(world.OfficerA, contested.Id, 10m);
        Assert.Equal(ClaimStatus.FinalProposed, (await world.ClaimRowAsync(contested.Id)).Status);
        await world.As(world.OfficerB, m => m.Send(new ApproveDetermination(final)));
        var row = await world.ClaimRowAsync(contested.Id);
        Assert.Equal(ClaimStatus.Final, row.Status);
        Assert.Equal(new DateOnly(2026, 4, 13), row.AppealDeadline);
        Assert.Contains(
            "Final determination on your reward claim: 10 % of sanctions collected",
            (await world.MessagesToWhistleblowerAsync(contested)).Last(),
            StringComparison.Ordinal);

        await Propose(world.OfficerA, passed.Id, 10m);
        Assert.Equal(ClaimStatus.FinalProposed, (await world.ClaimRowAsync(passed.Id)).Status);
        Assert.Equal(AwardRefusals.WrongStage, await RefusalOf(Propose(world.OfficerA, contested.Id, 10m)));
    }

    [Fact]
    public async Task The_awards_of_all_claims_on_one_notice_stay_within_the_maximum()
    {
        var first = await world.ClaimAsync(ClaimStatus.Final, percent: 20m, preliminaryOn: new DateOnly(2026, 1, 10), finalOn: new DateOnly(2026, 3, 1));
        var second = await world.ClaimAsync();
        var third = await world.ClaimAsync();

        Assert.Equal(AwardRefusals.AggregateOverMaximum, await RefusalOf(Propose(world.OfficerA, second.Id, 15m)));
        await Propose(world.OfficerA, second.Id, 10m);

        // The pending 10 % counts: nothing is left for a third claim.
        Assert.Equal(AwardRefusals.AggregateOverMaximum, await RefusalOf(Propose(world.OfficerA, third.Id, 10m)));
        Assert.Equal(ClaimStatus.Final, (await world.ClaimRowAsync(first.Id)).Status);
    }

    [Fact]
    public async Task Without_any_enabled_reward_officer_nothing_can_be_sealed()
    {
        var claim = await world.ClaimAsync();
        await world.Host.WithDatabaseAsync(async db =>
        {
            foreach (var officer in await db.StaffUsers.Where(u => u.OrganisationId == world.Authority).ToListAsync())
            {
                officer.Disable();
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(AwardRefusals.NoOfficers, await RefusalOf(Propose(world.OfficerA, claim.Id, 20m)));
    }

    [Fact]
    public async Task Another_organisations_officer_finds_nothing_and_an_investigator_is_forbidden()
    {
        var claim = await world.ClaimAsync();
        var proposal = await Propose(world.OfficerA, claim.Id, 20m);

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new ReadRewardClaim(claim.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => Propose(world.OtherOfficer, claim.Id, 20m));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new ApproveDetermination(proposal))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.Investigator, m => m.Send(new ReadRewardClaim(claim.Id))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.Auditor, m => m.Send(new ApproveDetermination(proposal))));
        Assert.Equal(ClaimStatus.PreliminaryProposed, (await world.ClaimRowAsync(claim.Id)).Status);
    }

    private Task<Guid> Propose(Staff officer, Guid claimId, decimal? percent) =>
        world.As(officer, m => m.Send(new ProposeDetermination(claimId, percent, AwardWorld.AllReasons())));

    internal static async Task<string> RefusalOf(Task action)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => action);
        return Assert.Single(refusal.Problems).MessageKey;
    }
}
