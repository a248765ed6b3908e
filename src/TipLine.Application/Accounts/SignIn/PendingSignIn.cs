using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// The half-signed-in state shared by the second-factor and enrolment steps: the pending session row and its user,
/// and what finishing or failing the second step does to them.
/// </summary>
public sealed class PendingSignIn(ITipLineDatabase database, TimeProvider clock, AuditLog auditLog)
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

    /// <summary>A wrong code: counts towards the lockout and, once locked, ends the pending session. Audited in the user's name.</summary>
    public async Task FailAsync(StaffSession session, StaffUser user, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        user.RecordFailedSignIn(now);
        if (user.IsLockedAt(now))
        {
            database.StaffSessions.Remove(session);
        }

        await auditLog.AppendAsync(user.Id, new AuditedAction(action + ".refused", nameof(StaffUser), user.Id.ToString("D")), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Both factors passed: the pending row becomes a full session. Audited in the user's name, who is not signed in yet.</summary>
    public async Task<SignedInStaff> CompleteAsync(StaffSession session, StaffUser user, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        user.RecordSuccessfulSignIn();
        session.Touch(now);
        session.ExtendUntil(now + SessionLifetime);
        await auditLog.AppendAsync(user.Id, new AuditedAction(action, nameof(StaffUser), user.Id.ToString("D")), cancellationToken).ConfigureAwait(false);
        return new SignedInStaff(user.Id, user.OrganisationId, user.Roles, user.DisplayName, user.Language);
    }
}
