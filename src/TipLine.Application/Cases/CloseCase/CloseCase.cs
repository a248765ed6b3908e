using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.CloseCase;

/// <summary>
/// Closes the case with its outcome, from any open state, and closes its tips (the whistleblower then sees the tip
/// as closed). By an intake investigator of the owning organisation or a prosecutor of one it is routed to.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor)]
public sealed record CloseCase(Guid CaseId, CaseOutcome Outcome) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.close", nameof(Case), CaseId.ToString("D"));
}
