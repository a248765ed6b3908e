using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.ChangeStaffRoles;

/// <summary>
/// Gives a member of the administrator's organisation a new set of roles, in effect from their next request (sessions
/// read roles from the database). Losing a role that entitled them to read tips deletes those tips' key wraps.
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record ChangeStaffRoles(Guid UserId, StaffRoles Roles) : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("staff.roles.change", nameof(StaffUser), UserId.ToString("D"));
}
