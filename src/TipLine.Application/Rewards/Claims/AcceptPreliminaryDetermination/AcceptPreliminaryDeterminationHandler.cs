using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases;
using TipLine.Application.Errors;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Claims.AcceptPreliminaryDetermination;

public sealed class AcceptPreliminaryDeterminationHandler(ITipLineDatabase database, TimeProvider clock) : ICommandHandler<AcceptPreliminaryDetermination, bool>
{
    public const string NotOpen = "rewards.claim.acceptNotOpen";

    public async ValueTask<bool> Handle(AcceptPreliminaryDetermination command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Queues behind a contest or acceptance of the same claim sent at the same moment (see ContestDetermination).
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var claim = await database.RewardClaims
            .SingleOrDefaultAsync(c => c.Id == command.ClaimId && c.TipId == command.TipId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("claim");
        var today = clock.Today();
        if (!claim.MayContestOn(today))
        {
            throw CaseWorkflow.Refusal(nameof(AcceptPreliminaryDetermination), nameof(command.ClaimId), NotOpen);
        }

        claim.WaiveContest(today);
        return true;
    }
}
