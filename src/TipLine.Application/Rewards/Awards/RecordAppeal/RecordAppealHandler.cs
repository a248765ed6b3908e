using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.RecordAppeal;

public sealed class RecordAppealHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<RecordAppeal>
{
    public async ValueTask<Unit> Handle(RecordAppeal command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var today = clock.Today();
        var claim = await database.FindClaimForOfficerAsync(actor, command.ClaimId, cancellationToken).ConfigureAwait(false);
        AwardWorkflow.Refuse(nameof(RecordAppeal), "Claim", AwardWorkflow.AppealProblem(claim, today));
        claim.RecordAppeal(command.Reference, today);
        await ClaimantMessages.SendAsync(database, claim, userId, ClaimantMessages.AppealRecorded(today), today, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
