using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.ReturnDetermination;

/// <summary>
/// A second reward officer, never the proposer, returns a pending proposal, optionally saying why (sealed to the
/// programme's reward officers); the claim goes back one step and a new proposal can be made. Returns the claim id.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record ReturnDetermination(Guid ProposalId, string? Reason) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("reward.determination.return", nameof(RewardClaim), response.ToString("D"));
}
