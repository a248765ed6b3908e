using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;

namespace TipLine.Application.Notifications.MarkNotificationsRead;

public sealed class MarkNotificationsReadHandler(ITipLineDatabase database, ICurrentActor actor)
    : ICommandHandler<MarkNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var ids = command.NotificationIds.Distinct().ToList();
        var own = await database.Notifications
            .Where(n => ids.Contains(n.Id) && n.StaffUserId == userId)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (own.Count != ids.Count)
        {
            throw new NotFoundException("notification");
        }

        foreach (var notification in own)
        {
            notification.MarkRead();
        }

        return own.Count;
    }
}
