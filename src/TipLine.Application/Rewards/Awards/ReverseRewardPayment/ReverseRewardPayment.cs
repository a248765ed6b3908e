using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.ReverseRewardPayment;

/// <summary>
/// A reward officer takes back one payment in full (returned by the bank, paid in error) with a new reversal line; the
/// ledger is never edited. What was reversed can be paid again.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record ReverseRewardPayment(Guid PaymentId, string Reference) : ICommand<RecordedPayment>, IAuditedRequest<RecordedPayment>
{
    public AuditedAction DescribeForAudit(RecordedPayment response) => new("reward.payment.reverse", nameof(RewardClaim), response.ClaimId.ToString("D"));
}
