using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.EnableStaffMember;

/// <summary>
/// Lets a disabled member of the administrator's organisation sign in again. They hold no tip-key wraps (disabling
/// deleted them); a colleague who holds the tips shares access again (see ShareAccessWithColleagues).
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record EnableStaffMember(Guid UserId) : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("staff.enable", nameof(StaffUser), UserId.ToString("D"));
}
