using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// The half-signed-in state shared by the second-factor and enrolment steps: the pending session row and its user,
/// and what finishing or failing the second step does to them.
/// </summary>
public sealed class PendingSignIn(ITipLineDatabase database, TimeProvider clock)
{
    /// <summary>How long a completed session lasts at most, however active; the idle timeout ends it sooner.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    /// <summary>The pending session and its user, or null when it expired, belongs to someone else or the user is disabled or locked.</summary>
    public async Task<(StaffSession Session, StaffUser User)?> FindAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = await database.StaffSessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.StaffUserId == userId, cancellationToken).ConfigureAwait(false);
        if (session is null || now >= session.ExpiresAt || session.ExpiresAt - session.StartedAt > CheckPasswordHandler.PendingLifetime)
        {
            return null;
        }

        var user = await database.StaffUsers.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        return user is null || user.IsDisabled || user.IsLockedAt(now) ? null : (session, user);
    }

    /// <summary>A wrong code: counts towards the lockout and, once locked, ends the pending session.</summary>
    public void Fail(StaffSession session, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        user.RecordFailedSignIn(now);
        if (user.IsLockedAt(now))
        {
            database.StaffSessions.Remove(session);
        }
    }

    /// <summary>Both factors passed: the pending row becomes a full session.</summary>
    public SignedInStaff Complete(StaffSession session, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        user.RecordSuccessfulSignIn();
        session.Touch(now);
        session.ExtendUntil(now + SessionLifetime);
        return new SignedInStaff(user.Id, user.OrganisationId, user.Roles, user.DisplayName, user.Language);
    }
}
