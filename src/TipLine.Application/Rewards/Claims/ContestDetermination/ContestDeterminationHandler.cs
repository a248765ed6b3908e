using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases;
using TipLine.Application.Rewards.Claims.FileRewardClaim;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Claims.ContestDetermination;

public sealed class ContestDeterminationHandler(ITipLineDatabase database, TimeProvider clock) : ICommandHandler<ContestDetermination, Guid>
{
    public const string ContestClosed = "rewards.contest.closed";

    public async ValueTask<Guid> Handle(ContestDetermination command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Two submissions at once (a double click, a contest racing an acceptance) queue here, so the second sees the
        // first and is refused instead of overwriting it.
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var claim = await WhistleblowerRewards.OwnClaimAsync(database, command.TipId, command.ClaimId, cancellationToken).ConfigureAwait(false);
        var today = clock.Today();
        if (!claim.MayContestOn(today))
        {
            throw CaseWorkflow.Refusal(nameof(ContestDetermination), nameof(command.ClaimId), ContestClosed);
        }

        var recipients = await database.ClaimRecipientsAsync(claim.ProgrammeId, command.TipId, cancellationToken).ConfigureAwait(false);
        if (recipients.Count == 0)
        {
            throw CaseWorkflow.Refusal(nameof(ContestDetermination), nameof(command.ClaimId), FileRewardClaimValidator.NoRewardOfficers);
        }

        if (SealedClaimFile.Problem(command.Ciphertext, recipients.Count) is { } problem)
        {
            throw CaseWorkflow.Refusal(nameof(ContestDetermination), nameof(command.Ciphertext), problem);
        }

        claim.Contest(command.Ciphertext, today);
        return claim.Id;
    }
}
