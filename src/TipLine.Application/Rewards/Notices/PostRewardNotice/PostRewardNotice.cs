using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Notices.PostRewardNotice;

/// <summary>
/// A reward officer posts the notice of covered action for a referral to their programme, once the case's collected
/// sanctions in the programme's currency reach its minimum: the case's whistleblowers may then claim until the
/// claim window closes. One notice per referral.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record PostRewardNotice(Guid ReferralId) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("reward.notice.post", nameof(RewardNotice), response.ToString("D"));
}
