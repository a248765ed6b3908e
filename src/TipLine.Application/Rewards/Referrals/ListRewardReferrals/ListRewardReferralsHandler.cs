using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Referrals.ListRewardReferrals;

/// <summary>Four queries whatever the number of referrals: referrals with case and programme, notices, sanctions, claims.</summary>
public sealed class ListRewardReferralsHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListRewardReferrals, IReadOnlyList<RewardReferralRow>>
{
    public async ValueTask<IReadOnlyList<RewardReferralRow>> Handle(ListRewardReferrals query, CancellationToken cancellationToken)
    {
        var referrals = await (
                from r in database.ReferralsVisibleTo(actor.RequireOrganisation())
                join p in database.RewardProgrammes on r.ProgrammeId equals p.Id
                join c in database.Cases on r.CaseId equals c.Id
                select new { r.Id, r.CaseId, c.Reference, ProgrammeId = p.Id, p.Name, p.Currency, p.MinimumCollected, r.ReferredOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (referrals.Count == 0)
        {
            return [];
        }

        var referralIds = referrals.Select(r => r.Id).ToList();
        var caseIds = referrals.Select(r => r.CaseId).Distinct().ToList();
        var notices = await database.RewardNotices.AsNoTracking().Where(n => referralIds.Contains(n.ReferralId))
            .ToDictionaryAsync(n => n.ReferralId, cancellationToken).ConfigureAwait(false);
        // SQLite keeps decimals as text, so the ledgers are summed here (SanctionLedger) rather than in SQL.
        var ledgers = (await database.SanctionEntries.AsNoTracking().Where(e => caseIds.Contains(e.CaseId))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(e => e.CaseId)
            .ToDictionary(g => g.Key, g => new SanctionLedger(g));
        var noticeIds = notices.Values.Select(n => n.Id).ToList();
        var claims = (await database.RewardClaims.Where(c => noticeIds.Contains(c.NoticeId)).Select(c => new { c.NoticeId, c.Status })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.NoticeId, c => c.Status);

        return referrals
            .OrderByDescending(r => r.ReferredOn).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Select(r =>
            {
                var notice = notices.GetValueOrDefault(r.Id);
                var collected = ledgers.TryGetValue(r.CaseId, out var ledger) ? ledger.CollectedIn(r.Currency) : 0m;
                var byStatus = notice is null
                    ? new Dictionary<ClaimStatus, int>()
                    : claims[notice.Id].GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
                return new RewardReferralRow(
                    r.Id, r.CaseId, r.Reference, r.ProgrammeId, r.Name, r.Currency, r.ReferredOn, collected, r.MinimumCollected,
                    notice?.PostedOn, notice?.ClaimDeadline, byStatus);
            })
            .ToList();
    }
}
