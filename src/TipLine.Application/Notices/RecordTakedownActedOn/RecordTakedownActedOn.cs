using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notices.RecordTakedownActedOn;

/// <summary>The platform says it removed the listings of a notice addressed to it; the first day recorded stays.</summary>
[RequiresRole(StaffRoles.EnforcementOfficer, StaffRoles.IntakeInvestigator)]
public sealed record RecordTakedownActedOn(Guid NoticeId) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("takedown.acted-on", nameof(TakedownNotice), NoticeId.ToString("D"));
}
