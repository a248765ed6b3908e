using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Referrals.ListRewardReferrals;

/// <summary>
/// The reward officers' workspace: every referral to a programme their organisation runs, newest first, with what has
/// been collected in the programme's currency, whether the minimum is reached, the notice and the claims by status.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record ListRewardReferrals : IQuery<IReadOnlyList<RewardReferralRow>>;

public sealed record RewardReferralRow(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    Guid ProgrammeId,
    string ProgrammeName,
    string Currency,
    DateOnly ReferredOn,
    decimal Collected,
    decimal MinimumCollected,
    DateOnly? NoticePostedOn,
    DateOnly? ClaimDeadline,
    IReadOnlyDictionary<ClaimStatus, int> ClaimsByStatus)
{
    public bool MinimumReached => Collected >= MinimumCollected;
}
