using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Notices.PostRewardNotice;

public sealed class PostRewardNoticeHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<PostRewardNotice, Guid>
{
    public async ValueTask<Guid> Handle(PostRewardNotice command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var referral = await database.FindReferralForOfficerAsync(actor, command.ReferralId, cancellationToken).ConfigureAwait(false);

        // Queued behind the audit-log lock like every ledger writer: the collected total read here is the committed one.
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var programme = await database.FindOwnProgrammeAsync(actor, referral.ProgrammeId, cancellationToken).ConfigureAwait(false);
        var hasNotice = await database.RewardNotices.AnyAsync(n => n.ReferralId == referral.Id, cancellationToken).ConfigureAwait(false);
        var entries = await database.SanctionEntries.AsNoTracking().Where(e => e.CaseId == referral.CaseId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (RewardNoticeRules.Refusal(programme, hasNotice, new SanctionLedger(entries)) is { } refusal)
        {
            throw CaseWorkflow.Refusal(nameof(PostRewardNotice), nameof(command.ReferralId), refusal);
        }

        var notice = new RewardNotice(
            Guid.NewGuid(), referral.Id, referral.CaseId, programme.Id, actor.RequireUser(), clock.Today(), programme.ClaimWindowDays);
        database.RewardNotices.Add(notice);
        return notice.Id;
    }
}
