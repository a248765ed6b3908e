using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Sanctions.ListSanctionEntries;

/// <summary>A case's sanctions ledger (lines with who recorded them, and totals), for those who may record on it.</summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer, StaffRoles.RewardOfficer)]
public sealed record ListSanctionEntries(Guid CaseId) : IQuery<SanctionLedgerView>;
