using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.ReturnDetermination;

public sealed class ReturnDeterminationHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReturnDetermination, Guid>
{
    public async ValueTask<Guid> Handle(ReturnDetermination command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var (proposal, claim) = await PendingProposals.FindDecidableAsync(database, actor, command.ProposalId, nameof(ReturnDetermination), cancellationToken)
            .ConfigureAwait(false);
        byte[]? sealedReason = null;
        if (command.Reason?.Trim() is { Length: > 0 } reason)
        {
            var recipients = await database.OfficerRecipientsAsync(claim.ProgrammeId, cancellationToken).ConfigureAwait(false);
            AwardWorkflow.Refuse(nameof(ReturnDetermination), nameof(command.Reason), recipients.Count == 0 ? AwardRefusals.NoOfficers : null);
            sealedReason = SealedJson.Seal(new ReturnReason(reason), recipients);
        }

        proposal.Return(userId, clock.Today(), sealedReason);
        claim.ApplyReturned(proposal);
        return claim.Id;
    }
}
