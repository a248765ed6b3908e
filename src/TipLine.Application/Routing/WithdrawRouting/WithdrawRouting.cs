using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Routing.WithdrawRouting;

/// <summary>
/// Takes a case back from an organisation: the routing and every tip-key wrap granted through it are deleted, so its
/// members can no longer read the tips or the notes. A routed case with no routing left returns to triaged.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record WithdrawRouting(Guid CaseId, Guid OrganisationId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.routing.withdraw", nameof(Case), CaseId.ToString("D"));
}
