using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.RecordAppeal;

/// <summary>
/// A reward officer records that the final determination was appealed, with the appeal body's reference: once, within
/// the appeal window. Payments stop until the decision; the whistleblower is told.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record RecordAppeal(Guid ClaimId, string Reference) : ICommand, IAuditedRequest<Unit>
{
    public const int MaximumReferenceLength = 200;

    public AuditedAction DescribeForAudit(Unit response) => new("reward.appeal.record", nameof(RewardClaim), ClaimId.ToString("D"));
}
