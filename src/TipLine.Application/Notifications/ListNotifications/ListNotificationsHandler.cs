using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Paging;

namespace TipLine.Application.Notifications.ListNotifications;

public sealed class ListNotificationsHandler(ITipLineDatabase database, ICurrentActor actor)
    : IQueryHandler<ListNotifications, NotificationList>
{
    public async ValueTask<NotificationList> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var userId = actor.RequireUser();
        var own = database.Notifications.AsNoTracking().Where(n => n.StaffUserId == userId);
        var total = await own.CountAsync(cancellationToken).ConfigureAwait(false);
        var unread = await own.CountAsync(n => !n.IsRead, cancellationToken).ConfigureAwait(false);
        var items = await own
            .OrderByDescending(n => n.Day)
            .ThenBy(n => n.IsRead)
            .ThenBy(n => n.Kind)
            .ThenBy(n => n.Id)
            .Skip(PageNumbers.Skip(query.PageNumber, ListNotifications.PageSize))
            .Take(ListNotifications.PageSize)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.ObjectId, n.Day, n.IsRead))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new NotificationList(
            new PagedList<NotificationItem>(items, PageNumbers.Normalise(query.PageNumber), ListNotifications.PageSize, total), unread);
    }
}
