using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards;

/// <summary>
/// The stored rows the ledgers of many claims are built from, read in two queries (the sanctions of their cases, their
/// payments) rather than per claim.
/// </summary>
internal sealed class ClaimLedgerRows
{
    private readonly ILookup<Guid, SanctionEntry> sanctionsByCase;
    private readonly ILookup<Guid, RewardPayment> paymentsByClaim;

    private ClaimLedgerRows(ILookup<Guid, SanctionEntry> sanctionsByCase, ILookup<Guid, RewardPayment> paymentsByClaim)
    {
        this.sanctionsByCase = sanctionsByCase;
        this.paymentsByClaim = paymentsByClaim;
    }

    public static async Task<ClaimLedgerRows> LoadAsync(ITipLineDatabase database, IReadOnlyCollection<RewardClaim> claims, CancellationToken cancellationToken)
    {
        var caseIds = claims.Select(c => c.CaseId).Distinct().ToList();
        var claimIds = claims.Select(c => c.Id).ToList();
        var sanctions = await database.SanctionEntries.AsNoTracking()
            .Where(s => caseIds.Contains(s.CaseId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var payments = await database.RewardPayments.AsNoTracking()
            .Where(p => claimIds.Contains(p.ClaimId))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new ClaimLedgerRows(sanctions.ToLookup(s => s.CaseId), payments.ToLookup(p => p.ClaimId));
    }

    public IEnumerable<SanctionEntry> SanctionsOf(RewardClaim claim) => sanctionsByCase[claim.CaseId];

    public IEnumerable<RewardPayment> PaymentsOf(RewardClaim claim) => paymentsByClaim[claim.Id];

    public AwardLedger LedgerOf(RewardProgramme programme, RewardClaim claim) =>
        AwardLedger.For(programme, claim, SanctionsOf(claim), PaymentsOf(claim));
}
