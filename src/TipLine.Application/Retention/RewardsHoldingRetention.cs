using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Rewards;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Retention;

/// <summary>
/// A reward still in progress holds its case back from retention: destroying the case ends the receipt's log-in, so
/// the whistleblower could no longer claim, contest or see a payment, and the sealed claim the officers pay from would
/// be gone. A case waits while one of its notices still accepts claims, or one of its claims is undetermined, under
/// appeal, inside its contest or appeal window, or has an award with money outstanding (<see cref="AwardLedger"/>).
/// </summary>
internal static class RewardsHoldingRetention
{
    public static async Task<IReadOnlySet<Guid>> CasesHeldAsync(ITipLineDatabase database, IReadOnlyCollection<Guid> caseIds, DateOnly today, CancellationToken cancellationToken)
    {
        var held = new HashSet<Guid>();
        if (caseIds.Count == 0)
        {
            return held;
        }

        var openNotices = await database.RewardNotices.AsNoTracking()
            .Where(n => caseIds.Contains(n.CaseId) && n.ClaimDeadline >= today)
            .Select(n => n.CaseId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        held.UnionWith(openNotices);

        var claims = await database.RewardClaims.AsNoTracking()
            .Where(c => caseIds.Contains(c.CaseId) && !held.Contains(c.CaseId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claims.Count == 0)
        {
            return held;
        }

        var programmeIds = claims.Select(c => c.ProgrammeId).Distinct().ToList();
        var programmes = await database.RewardProgrammes.AsNoTracking().Where(p => programmeIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var rows = await ClaimLedgerRows.LoadAsync(database, claims, cancellationToken).ConfigureAwait(false);
        foreach (var claim in claims.Where(c => IsInProgress(c, programmes[c.ProgrammeId], rows, today)))
        {
            held.Add(claim.CaseId);
        }

        return held;
    }

    private static bool IsInProgress(RewardClaim claim, RewardProgramme programme, ClaimLedgerRows rows, DateOnly today) =>
        claim.Status != ClaimStatus.Final
        || claim.AppealDeadline is not { } appealDeadline || appealDeadline >= today
        || (claim.AwardPercent is > 0m && rows.LedgerOf(programme, claim).Outstanding > 0m);
}
