using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TipLine.Application.Abstractions;

namespace TipLine.Web.Office.Sessions;

/// <summary>
/// Checks every staff request against its session row: the row must exist (not signed out, not removed by an
/// administrator), be within its lifetime and idle timeout, and belong to an enabled user. Hands the sealed key to
/// the request (the cookie's secret opens it) and records activity at most once a minute to spare the database.
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
        var userEnabled = session is not null && await database.StaffUsers
            .AnyAsync(u => u.Id == session.StaffUserId && !u.IsDisabled, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (session is null || !userEnabled || !session.IsAliveAt(now, idle))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Security.StaffAuthentication.Scheme).ConfigureAwait(false);
            return;
        }

        context.HttpContext.Items[StaffSessionClaims.SealedKeyItem] = session.SealedKey;
        if (now - session.LastSeenAt >= TouchInterval)
        {
            session.Touch(now);
            await database.SaveChangesAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
