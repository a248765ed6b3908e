using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.Preferences;

/// <summary>The signed-in user's own account, for the account page.</summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer, StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record ReadAccount : IQuery<AccountView>;

public sealed record AccountView(string UserName, string DisplayName, string OrganisationName, StaffRoles Roles, string PublicKey, string Language, string? NotificationEmail, int UnusedRecoveryCodes);
