using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.ApproveDetermination;

public sealed class ApproveDeterminationHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ApproveDetermination, Guid>
{
    public async ValueTask<Guid> Handle(ApproveDetermination command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var today = clock.Today();
        var (proposal, claim) = await PendingProposals.FindDecidableAsync(database, actor, command.ProposalId, nameof(ApproveDetermination), cancellationToken)
            .ConfigureAwait(false);
        var programme = await database.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == claim.ProgrammeId, cancellationToken).ConfigureAwait(false);

        // The band may have changed since the proposal (the programme's terms were updated), other claims may have
        // been approved meanwhile, and a final lower than what was already paid would overpay.
        await AwardWorkflow.RefuseAwardAsync(nameof(ApproveDetermination), "Proposal", database, claim, programme, proposal.Percent, cancellationToken)
            .ConfigureAwait(false);

        proposal.Approve(userId, today);
        claim.ApplyApproved(proposal, programme, today);
        var deadline = proposal.Stage == DeterminationStage.Preliminary ? claim.ContestDeadline!.Value : claim.AppealDeadline!.Value;
        await ClaimantMessages.SendAsync(
            database, claim, userId, ClaimantMessages.Determination(proposal.Stage, proposal.Percent, deadline), today, cancellationToken).ConfigureAwait(false);
        return claim.Id;
    }
}
