using System.Globalization;
using System.Security.Claims;
using TipLine.Application.Accounts.SignIn;
using TipLine.Domain.Staff;
using TipLine.Web.Security;

namespace TipLine.Web.Office.Sessions;

/// <summary>The claims of a signed-in staff member; the cookie holding them is encrypted by Data Protection.</summary>
internal static class StaffPrincipal
{
    public static ClaimsPrincipal Create(SignedInStaff staff, Guid sessionId, byte[] cookieSecret)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, staff.UserId.ToString("D")),
            new(ClaimTypes.Name, staff.DisplayName),
            new(HttpCurrentActor.OrganisationClaim, staff.OrganisationId.ToString("D")),
            new(StaffSessionClaims.SessionId, sessionId.ToString("D")),
            new(StaffSessionClaims.KeySecret, Convert.ToBase64String(cookieSecret)),
            new(StaffSessionClaims.Language, staff.Language),
        };
        foreach (var role in Enum.GetValues<StaffRoles>().Where(r => r != StaffRoles.None && (staff.Roles & r) == r))
        {
            claims.Add(new Claim(ClaimTypes.Role, role.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffAuthentication.Scheme));
    }

    public static Guid? SessionIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(StaffSessionClaims.SessionId), CultureInfo.InvariantCulture, out var id) ? id : null;
}
