using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.ResetSecondFactor;

/// <summary>
/// Removes a member's second factor (lost phone): they enrol a new one at their next sign-in. Their sessions end, so
/// whoever holds the lost device's session cannot carry on.
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record ResetSecondFactor(Guid UserId) : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("staff.secondFactor.reset", nameof(StaffUser), UserId.ToString("D"));
}
