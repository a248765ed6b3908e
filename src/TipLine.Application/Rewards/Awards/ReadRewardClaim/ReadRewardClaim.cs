using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Awards.ReadRewardClaim;

/// <summary>
/// One claim as the officer's claim page shows it: programme terms, case reference, notice, the claim's state and
/// dates, the sealed claim and contest opened with the reader's key, the determination history with each proposal's
/// reasons, the award's money and payments, and what the reader may do now. Auditors of the programme's organisation
/// may read it too, to check the four eyes and the money, but never the sealed parts: everything sealed in a programme
/// is sealed to its reward officers only, so an auditor's page says so instead of trying their key.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record ReadRewardClaim(Guid ClaimId) : IQuery<RewardClaimView>;
