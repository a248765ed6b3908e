using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.AddTipToCase;

/// <summary>
/// Merges a duplicate tip into an open case of the actor's organisation. When the case is already routed, the
/// organisations it is routed to get the new tip's key too (so this needs the actor's unlocked key).
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record AddTipToCase(Guid CaseId, Guid TipId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.merge-tip", nameof(Case), CaseId.ToString("D"));
}
