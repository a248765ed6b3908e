using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Routing.RouteCase;

/// <summary>
/// Shares a triaged case with another organisation: its case workers get wraps of every tip key of the case (so this
/// needs the actor's unlocked key), and a triaged case becomes routed. Online platforms are refused: they get
/// takedown notices, never the case.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record RouteCase(Guid CaseId, Guid OrganisationId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.route", nameof(Case), CaseId.ToString("D"));
}
