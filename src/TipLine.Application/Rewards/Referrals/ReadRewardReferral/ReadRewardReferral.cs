using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Referrals.ReadRewardReferral;

/// <summary>
/// One referral to a programme the actor's organisation runs: the case's reference and triage metadata (never its tips,
/// notes or messages), the programme's terms, the sanctions ledger, the notice and its claims, and what the reader may
/// do now.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record ReadRewardReferral(Guid ReferralId) : IQuery<RewardReferralDetails>;
