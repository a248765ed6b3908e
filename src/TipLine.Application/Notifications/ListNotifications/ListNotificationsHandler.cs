using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Paging;
using TipLine.Domain.Notifications;

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
            .Select(n => new { n.Id, n.Kind, n.ObjectId, n.Day, n.IsRead })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // A closed claim window is about a notice, whose page is its referral's.
        var noticeIds = items.Where(n => n.Kind == NotificationKind.ClaimWindowClosed).Select(n => n.ObjectId).Distinct().ToList();
        var referralOfNotice = noticeIds.Count == 0
            ? []
            : await database.RewardNotices.AsNoTracking()
                .Where(n => noticeIds.Contains(n.Id))
                .ToDictionaryAsync(n => n.Id, n => n.ReferralId, cancellationToken)
                .ConfigureAwait(false);
        var rows = items
            .Select(n => new NotificationItem(
                n.Id, n.Kind, n.ObjectId, n.Day, n.IsRead, NotificationItem.TargetOf(n.Kind), referralOfNotice.GetValueOrDefault(n.ObjectId, n.ObjectId)))
            .ToList();
        return new NotificationList(
            new PagedList<NotificationItem>(rows, PageNumbers.Normalise(query.PageNumber), ListNotifications.PageSize, total), unread);
    }
}
