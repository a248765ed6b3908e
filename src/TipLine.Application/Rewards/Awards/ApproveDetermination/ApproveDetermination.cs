using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.ApproveDetermination;

/// <summary>
/// A second reward officer, never the proposer, approves a pending proposal: the claim takes its award and stage,
/// and the whistleblower is told through the tip's secure conversation. Returns the claim id.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record ApproveDetermination(Guid ProposalId) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("reward.determination.approve", nameof(RewardClaim), response.ToString("D"));
}
