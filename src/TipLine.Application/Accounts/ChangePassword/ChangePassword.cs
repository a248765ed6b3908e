using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.ChangePassword;

/// <summary>
/// The current password unlocks the private key, which is re-wrapped under the new one (the key pair does not change,
/// so no tip access is lost). Every other session of the user ends. False when the current password is wrong.
/// </summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer, StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record ChangePassword(Guid CurrentSessionId, string CurrentPassword, string NewPassword, string NewPasswordConfirmation)
    : ICommand<bool>, IAuditedRequest<bool>
{
    public AuditedAction DescribeForAudit(bool response) =>
        new(response ? "staff.password.change" : "staff.password.change.refused", nameof(StaffUser), null);

    // Never print the passwords, whatever logs or debugs a request.
    public override string ToString() => nameof(ChangePassword);
}
