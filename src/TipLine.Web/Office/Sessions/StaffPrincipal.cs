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
        return new ClaimsPrincipal(new ClaimsIdentity(claims.Concat(RoleClaims(staff.Roles)), StaffAuthentication.Scheme));
    }

    /// <summary>The same session with the roles and organisation the database holds now.</summary>
    public static ClaimsPrincipal WithCurrentRoles(ClaimsPrincipal principal, StaffRoles roles, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var kept = principal.Claims.Where(c => c.Type is not (ClaimTypes.Role or HttpCurrentActor.OrganisationClaim));
        var current = RoleClaims(roles).Append(new Claim(HttpCurrentActor.OrganisationClaim, organisationId.ToString("D")));
        return new ClaimsPrincipal(new ClaimsIdentity(kept.Concat(current), StaffAuthentication.Scheme));
    }

    private static IEnumerable<Claim> RoleClaims(StaffRoles roles) =>
        Enum.GetValues<StaffRoles>()
            .Where(r => r != StaffRoles.None && (roles & r) == r)
            .Select(r => new Claim(ClaimTypes.Role, r.ToString()));

    public static Guid? SessionIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(StaffSessionClaims.SessionId), CultureInfo.InvariantCulture, out var id) ? id : null;
}
