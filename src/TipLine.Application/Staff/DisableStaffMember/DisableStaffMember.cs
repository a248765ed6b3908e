using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.DisableStaffMember;

/// <summary>
/// Disables a member of the administrator's organisation: their sessions end and every tip-key wrap they hold is
/// deleted, so their access to every tip ends even if their password and key were stolen. Re-enabling does not bring
/// the wraps back; colleagues share access again (see ShareAccessWithColleagues).
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record DisableStaffMember(Guid UserId) : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("staff.disable", nameof(StaffUser), UserId.ToString("D"));
}
