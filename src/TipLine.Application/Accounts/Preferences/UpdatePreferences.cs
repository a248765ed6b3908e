using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.Preferences;

/// <summary>The user's back-office language and the optional address for content-free notification e-mails.</summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer, StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record UpdatePreferences(string Language, string? NotificationEmail) : ICommand, IAuditedRequest<Mediator.Unit>
{
    public AuditedAction DescribeForAudit(Mediator.Unit response) => new("staff.preferences.update", nameof(StaffUser), null);
}
