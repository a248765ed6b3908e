using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>Who finished signing in, for the session cookie's claims.</summary>
public sealed record SignedInStaff(Guid UserId, Guid OrganisationId, StaffRoles Roles, string DisplayName, string Language);
