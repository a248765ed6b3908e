using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TipLine.Application.Abstractions;
using TipLine.Domain.Notifications;
using TipLine.Domain.Time;

namespace TipLine.Application.Notifications;

/// <summary>
/// The notifications the current state calls for, each with the day of the newest event it must announce, and the one
/// way sweeps turn them into rows: one row per user, kind and object (a unique index), added when missing, renewed when
/// it announced an older event, otherwise left as it is (read or not). So a sweep run twice, or after a crash, changes
/// nothing more, and a notification no longer wanted simply stays.
/// </summary>
internal sealed class WantedNotifications
{
    private readonly Dictionary<(Guid UserId, NotificationKind Kind, Guid ObjectId), DateOnly> events = [];

    private WantedNotifications(EnabledStaff staff) => Staff = staff;

    public EnabledStaff Staff { get; }

    /// <summary>
    /// Collects what <paramref name="collect"/> wants and writes it in one transaction of its own (tracked changes the
    /// collector made, such as marking a deadline as announced, are saved with it); returns how many rows were added or renewed.
    /// </summary>
    public static async Task<int> RaiseAsync(
        ITipLineDatabase database,
        TimeProvider clock,
        ILogger logger,
        Func<WantedNotifications, CancellationToken, Task> collect,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(collect);
        var transaction = await database.BeginTransactionIfNoneAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A notification sweep commits its own work; run it outside any transaction.");
        await using (transaction.ConfigureAwait(false))
        {
            var wanted = new WantedNotifications(await EnabledStaff.LoadAsync(database, cancellationToken).ConfigureAwait(false));
            await collect(wanted, cancellationToken).ConfigureAwait(false);
            var changed = await wanted.ApplyAsync(database, clock.Today(), cancellationToken).ConfigureAwait(false);
            await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (changed > 0)
            {
                logger.LogInformation("Notification sweep raised or renewed {Count} notifications", changed);
            }

            return changed;
        }
    }

    public void Add(Guid userId, NotificationKind kind, Guid objectId, DateOnly since)
    {
        var key = (userId, kind, objectId);
        events[key] = events.TryGetValue(key, out var earlier) && earlier > since ? earlier : since;
    }

    public void AddForEach(IEnumerable<Guid> userIds, NotificationKind kind, Guid objectId, DateOnly since)
    {
        foreach (var userId in userIds)
        {
            Add(userId, kind, objectId, since);
        }
    }

    private async Task<int> ApplyAsync(ITipLineDatabase database, DateOnly today, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        var objectIds = events.Keys.Select(k => k.ObjectId).Distinct().ToList();
        var kinds = events.Keys.Select(k => k.Kind).Distinct().ToList();
        var existing = await database.Notifications
            .Where(n => objectIds.Contains(n.ObjectId) && kinds.Contains(n.Kind))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var byKey = existing.ToDictionary(n => (n.StaffUserId, n.Kind, n.ObjectId));
        var changed = 0;
        foreach (var ((userId, kind, objectId), since) in events)
        {
            if (!byKey.TryGetValue((userId, kind, objectId), out var notification))
            {
                database.Notifications.Add(new Notification(Guid.NewGuid(), userId, kind, objectId, today));
                changed++;
            }
            else if (notification.Day < since)
            {
                notification.Renew(today);
                changed++;
            }
        }

        return changed;
    }
}
