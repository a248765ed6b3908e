using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Rewards.Notices;
using TipLine.Application.Rewards.Programmes;
using TipLine.Application.Rewards.Sanctions;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Referrals.ReadRewardReferral;

public sealed class ReadRewardReferralHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ReadRewardReferral, RewardReferralDetails>
{
    public async ValueTask<RewardReferralDetails> Handle(ReadRewardReferral query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var referral = await database.FindReferralForOfficerAsync(actor, query.ReferralId, cancellationToken).ConfigureAwait(false);
        var programme = await database.FindOwnProgrammeAsync(actor, referral.ProgrammeId, cancellationToken).ConfigureAwait(false);
        var @case = await database.Cases.AsNoTracking().Where(c => c.Id == referral.CaseId)
            .Select(c => new ReferredCase(c.Id, c.Reference, c.Status, c.Outcome, c.Taxon, c.CitesAppendix, CountryList.Split(c.Countries), c.OpenedOn, c.ClosedOn))
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var (ledgerView, ledger) = await SanctionLedgerView.ReadAsync(database, referral.CaseId, cancellationToken).ConfigureAwait(false);
        var notice = await database.RewardNotices.AsNoTracking().Where(n => n.ReferralId == referral.Id)
            .Select(n => new ReferralNotice(n.Id, n.PostedOn, n.ClaimDeadline, n.ClaimWindowClosedOn))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var claims = notice is null
            ? []
            : await database.RewardClaims.AsNoTracking().Where(c => c.NoticeId == notice.Id)
                .OrderBy(c => c.FiledOn).ThenBy(c => c.Id)
                .Select(c => new ReferralClaim(c.Id, c.FiledOn, c.Kind, c.Status, c.AwardPercent))
                .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new RewardReferralDetails(
            referral.Id,
            referral.ReferredOn,
            @case,
            RewardProgrammeSummary.Of(programme),
            ledgerView,
            ledger.CollectedIn(programme.Currency),
            notice,
            claims,
            (actor.Roles & StaffRoles.RewardOfficer) == StaffRoles.RewardOfficer,
            RewardNoticeRules.Refusal(programme, notice is not null, ledger));
    }
}
