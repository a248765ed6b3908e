using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.StartInvestigation;

/// <summary>Routed → under investigation; by a case worker of the owning organisation or of one it is routed to.</summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record StartInvestigation(Guid CaseId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.start-investigation", nameof(Case), CaseId.ToString("D"));
}
