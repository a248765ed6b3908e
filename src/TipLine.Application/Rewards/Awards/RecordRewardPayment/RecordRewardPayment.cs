using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.RecordRewardPayment;

/// <summary>
/// A reward officer records a tranche paid on a final award: never more than award % × collected so far (capped)
/// minus what was already paid, in the programme's currency, on a day not in the future. The whistleblower is told.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record RecordRewardPayment(Guid ClaimId, decimal Amount, string Currency, DateOnly PaidOn, string Reference)
    : ICommand<RecordedPayment>, IAuditedRequest<RecordedPayment>
{
    public AuditedAction DescribeForAudit(RecordedPayment response) => new("reward.payment.record", nameof(RewardClaim), ClaimId.ToString("D"));
}
