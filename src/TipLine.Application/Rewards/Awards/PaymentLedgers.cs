using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Awards;

/// <summary>What recording a payment and reversing one share: one writer at a time per ledger, and the next sequence.</summary>
internal static class PaymentLedgers
{
    /// <summary>
    /// Takes the audit-log lock before anything is read, so two officers paying the same claim at once queue: the
    /// second reads the first one's payment and is refused for exceeding what is outstanding, instead of both
    /// passing the check and the second failing on the unique (claim, sequence) index.
    /// </summary>
    public static async Task<(RewardClaim Claim, RewardProgramme Programme, AwardLedger Ledger, int NextSequence)> OpenAsync(
        ITipLineDatabase database, ICurrentActor actor, Guid claimId, CancellationToken cancellationToken)
    {
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var claim = await database.FindClaimForOfficerAsync(actor, claimId, cancellationToken).ConfigureAwait(false);
        var programme = await database.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == claim.ProgrammeId, cancellationToken).ConfigureAwait(false);
        var ledger = await AwardWorkflow.LedgerAsync(database, programme, claim, cancellationToken).ConfigureAwait(false);
        var last = await database.RewardPayments.Where(p => p.ClaimId == claim.Id).MaxAsync(p => (int?)p.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        return (claim, programme, ledger, last + 1);
    }
}
