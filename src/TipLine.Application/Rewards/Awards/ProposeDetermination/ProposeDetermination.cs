using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.ProposeDetermination;

/// <summary>
/// A reward officer proposes the claim's next determination (preliminary, then final once the contest window has
/// passed or the whistleblower contested): an award in percent within the band, or null for no award, with a written
/// reason for every factor the programme lists, sealed to the programme's reward officers. Returns the proposal id.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record ProposeDetermination(Guid ClaimId, decimal? Percent, IReadOnlyDictionary<RewardFactor, string> Reasons)
    : ICommand<Guid>, IAuditedRequest<Guid>
{
    public const int MaximumReasonLength = 2_000;

    public AuditedAction DescribeForAudit(Guid response) => new("reward.determination.propose", nameof(RewardClaim), ClaimId.ToString("D"));
}
