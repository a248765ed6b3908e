using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// Sign-in, step two: a TOTP code (each time step accepted once) or one of the user's recovery codes. Null when
/// refused. Audited as the user's sign-in.
/// </summary>
[AllowWhistleblower]
public sealed record CheckSecondFactor(Guid SessionId, Guid UserId, string Code) : ICommand<SignedInStaff?>, IAuditedRequest<SignedInStaff?>
{
    public AuditedAction DescribeForAudit(SignedInStaff? response) =>
        response is null
            ? new("staff.signin.refused", nameof(StaffUser), UserId.ToString("D"))
            : new("staff.signin", nameof(StaffUser), UserId.ToString("D"));
}
