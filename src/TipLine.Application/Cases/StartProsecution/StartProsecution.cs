using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.StartProsecution;

/// <summary>Under investigation → prosecution; only by a prosecutor of an organisation the case is routed to.</summary>
[RequiresRole(StaffRoles.Prosecutor)]
public sealed record StartProsecution(Guid CaseId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.start-prosecution", nameof(Case), CaseId.ToString("D"));
}
