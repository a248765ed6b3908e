using System.Security.Claims;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Web.Security;

/// <summary>
/// The actor of the current request, read from the staff session's claims. Anyone without a staff session is an
/// anonymous whistleblower: no user, no organisation, no roles, and nothing else about them is read.
/// </summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string OrganisationClaim = "tipline:organisation";

    public Guid? UserId => ReadGuid(ClaimTypes.NameIdentifier);

    public Guid? OrganisationId => ReadGuid(OrganisationClaim);

    public StaffRoles Roles
    {
        get
        {
            var user = StaffUser;
            if (user is null)
            {
                return StaffRoles.None;
            }

            var roles = StaffRoles.None;
            foreach (var claim in user.FindAll(ClaimTypes.Role))
            {
                if (Enum.TryParse<StaffRoles>(claim.Value, ignoreCase: false, out var role) && Enum.IsDefined(role))
                {
                    roles |= role;
                }
            }

            return roles;
        }
    }

    private ClaimsPrincipal? StaffUser =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
        && user.Identity.AuthenticationType == StaffAuthentication.Scheme ? user : null;

    private Guid? ReadGuid(string claimType) =>
        Guid.TryParse(StaffUser?.FindFirstValue(claimType), out var value) ? value : null;
}
