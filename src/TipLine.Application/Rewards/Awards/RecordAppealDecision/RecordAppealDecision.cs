using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.RecordAppealDecision;

/// <summary>
/// A reward officer records the appeal body's decision: the award becomes <see cref="Percent"/> (within the band;
/// null for no award) and payments resume. The whistleblower is told.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record RecordAppealDecision(Guid ClaimId, decimal? Percent) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("reward.appeal.decide", nameof(RewardClaim), ClaimId.ToString("D"));
}
