using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Awards.RecordAppealDecision;

public sealed class RecordAppealDecisionHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<RecordAppealDecision>
{
    public async ValueTask<Unit> Handle(RecordAppealDecision command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var today = clock.Today();
        var claim = await database.FindClaimForOfficerAsync(actor, command.ClaimId, cancellationToken).ConfigureAwait(false);
        AwardWorkflow.Refuse(nameof(RecordAppealDecision), "Claim", claim.Status != ClaimStatus.Appealed ? AwardRefusals.NotAppealed : null);
        var programme = await database.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == claim.ProgrammeId, cancellationToken).ConfigureAwait(false);
        await AwardWorkflow.RefuseAwardAsync(nameof(RecordAppealDecision), nameof(command.Percent), database, claim, programme, command.Percent, cancellationToken)
            .ConfigureAwait(false);
        claim.RecordAppealDecision(command.Percent, programme, today);
        await ClaimantMessages.SendAsync(database, claim, userId, ClaimantMessages.AppealDecided(command.Percent), today, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
