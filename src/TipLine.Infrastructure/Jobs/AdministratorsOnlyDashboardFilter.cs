using System.Security.Claims;
using Hangfire.Dashboard;

namespace TipLine.Infrastructure.Jobs;

/// <summary>Lets only authenticated administrators see the Hangfire dashboard (it can trigger and delete jobs).</summary>
public sealed class AdministratorsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public const string AdministratorRole = "Administrator";

    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsAdministrator(context.GetHttpContext().User);
    }

    /// <summary>Checks the <see cref="ClaimTypes.Role"/> claim directly, independent of the identity's configured role claim type.</summary>
    public static bool IsAdministrator(ClaimsPrincipal? user) =>
        user?.Identities.Any(identity => identity.IsAuthenticated && identity.HasClaim(ClaimTypes.Role, AdministratorRole)) == true;
}
