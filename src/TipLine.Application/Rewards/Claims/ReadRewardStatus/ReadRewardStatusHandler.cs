using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Claims.ReadRewardStatus;

public sealed class ReadRewardStatusHandler(ITipLineDatabase database, TimeProvider clock) : IQueryHandler<ReadRewardStatus, RewardStatusView>
{
    public async ValueTask<RewardStatusView> Handle(ReadRewardStatus query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caseId = await WhistleblowerRewards.CaseOfTipAsync(database, query.TipId, cancellationToken).ConfigureAwait(false);
        if (caseId is null)
        {
            return new RewardStatusView([]);
        }

        var today = clock.Today();
        var notices = await database.RewardNotices.AsNoTracking()
            .Where(n => n.CaseId == caseId)
            .Join(database.RewardProgrammes.AsNoTracking(), n => n.ProgrammeId, p => p.Id, (n, p) => new { Notice = n, Programme = p })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var claims = await database.RewardClaims.AsNoTracking()
            .Where(c => c.TipId == query.TipId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var claimIds = claims.Select(c => c.Id).ToList();
        var payments = await database.RewardPayments.AsNoTracking()
            .Where(p => claimIds.Contains(p.ClaimId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new RewardStatusView(notices
            .OrderBy(n => n.Notice.PostedOn).ThenBy(n => n.Notice.Id)
            .Select(n => new RewardNoticeView(
                n.Notice.Id,
                n.Notice.PostedOn,
                n.Notice.ClaimDeadline,
                n.Notice.AcceptsClaimsOn(today),
                TermsOf(n.Programme),
                claims.SingleOrDefault(c => c.NoticeId == n.Notice.Id) is { } claim ? ClaimOf(claim, payments.Where(p => p.ClaimId == claim.Id), today) : null))
            .ToList());
    }

    private static RewardTermsView TermsOf(RewardProgramme programme) => new(
        programme.Name, programme.LegalBasis, programme.Jurisdiction, programme.MinimumPercent, programme.MaximumPercent, programme.Cap,
        programme.Currency, programme.Exclusions, programme.AllowsAnonymousClaims, programme.ContestWindowDays);

    private static RewardClaimView ClaimOf(RewardClaim claim, IEnumerable<RewardPayment> payments, DateOnly today)
    {
        var ledger = payments.OrderBy(p => p.Sequence).ToList();
        var determination = claim.Status switch
        {
            ClaimStatus.Preliminary or ClaimStatus.FinalProposed => ClaimDetermination.Preliminary,
            ClaimStatus.Final => ClaimDetermination.Final,
            ClaimStatus.Appealed => ClaimDetermination.Appealed,
            _ => ClaimDetermination.UnderReview,
        };
        return new RewardClaimView(
            claim.Id,
            claim.FiledOn,
            claim.Kind,
            determination,
            determination == ClaimDetermination.UnderReview ? null : claim.AwardPercent,
            claim.PreliminaryOn,
            claim.ContestDeadline,
            claim.MayContestOn(today),
            claim.ContestedOn,
            claim.ContestWaivedOn,
            claim.FinalOn,
            claim.AppealDeadline,
            claim.AppealedOn,
            claim.AppealDecidedOn,
            ledger.Select(p => new RewardPaymentView(p.PaidOn, p.Amount, p.Currency, p.Kind == PaymentKind.Reversal)).ToList(),
            ledger.Sum(p => p.SignedAmount));
    }
}
