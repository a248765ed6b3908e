using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TipLine.Application.Abstractions;

namespace TipLine.Web.Office.Sessions;

/// <summary>
/// Checks every staff request against its session row: the row must exist (not signed out, not removed by an
/// administrator), be within its lifetime and idle timeout, and belong to an enabled user. Hands the sealed key to
/// the request (the cookie's secret opens it), refreshes roles from the database, and records activity at most once a minute to spare the database.
/// </summary>
internal static class StaffSessionValidation
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var sessionId = context.Principal is null ? null : StaffPrincipal.SessionIdOf(context.Principal);
        var database = services.GetRequiredService<ITipLineDatabase>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var idle = TimeSpan.FromMinutes(services.GetRequiredService<IOptions<OfficeSessionOptions>>().Value.IdleMinutes);
        var session = sessionId is null
            ? null
            : await database.StaffSessions.SingleOrDefaultAsync(s => s.Id == sessionId, context.HttpContext.RequestAborted).ConfigureAwait(false);
        var user = session is null
            ? null
            : await database.StaffUsers.AsNoTracking()
                .Where(u => u.Id == session.StaffUserId && !u.IsDisabled)
                .Select(u => new { u.Roles, u.OrganisationId })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (session is null || user is null || !session.IsAliveAt(now, idle))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Security.StaffAuthentication.Scheme).ConfigureAwait(false);
            return;
        }

        // Roles and organisation come from the database on every request, not from the cookie: a role removed or an
        // organisation changed by an administrator takes effect at the user's next click.
        context.ReplacePrincipal(StaffPrincipal.WithCurrentRoles(context.Principal!, user.Roles, user.OrganisationId));
        context.HttpContext.Items[StaffSessionClaims.SealedKeyItem] = session.SealedKey;
        if (now - session.LastSeenAt >= TouchInterval)
        {
            session.Touch(now);
            await database.SaveChangesAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
