using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;

/// <summary>
/// Appends a line to a case's sanctions ledger: a sanction imposed, money collected or forfeiture proceeds, or (with
/// <see cref="CorrectsEntryId"/>) a signed correction of an earlier line, which keeps that line's kind. Lines are never
/// edited. Case workers who see the case and reward officers of a programme it was referred to may record.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer, StaffRoles.RewardOfficer)]
public sealed record RecordSanctionEntry(
    Guid CaseId,
    SanctionEntryKind Kind,
    decimal Amount,
    string Currency,
    DateOnly OccurredOn,
    string Reference,
    Guid? CorrectsEntryId = null) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) =>
        new(CorrectsEntryId is null ? "reward.sanction.record" : "reward.sanction.correct", nameof(Case), CaseId.ToString("D"));
}
