using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.AssignCase;

/// <summary>Makes an intake investigator of the owning organisation responsible for the case, or nobody (null).</summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record AssignCase(Guid CaseId, Guid? AssigneeUserId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.assign", nameof(Case), CaseId.ToString("D"));
}
