using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Notifications.ListNotifications;
using TipLine.Application.Notifications.MarkNotificationsRead;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Oversight;

public sealed class NotificationListTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();
    private readonly OversightWorld world;
    private TestActor me = TestActor.Whistleblower;
    private TestActor colleague = TestActor.Whistleblower;

    public NotificationListTests() => world = new OversightWorld(host);

    public async Task InitializeAsync()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        me = await world.StaffAsync(ngo, StaffRoles.RewardOfficer);
        colleague = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
    }

    [Fact]
    public async Task OnlyMyOwnNotificationsAreListedNewestFirstAndPaged()
    {
        for (var day = 0; day < ListNotifications.PageSize + 5; day++)
        {
            await world.NotificationAsync(me, NotificationKind.NewMessage, Guid.NewGuid(), Today.AddDays(-day), read: day % 2 == 1);
        }

        await world.NotificationAsync(colleague, NotificationKind.NewTip, Guid.NewGuid(), Today.AddDays(1));

        var first = await host.SendAsync(me, m => m.Send(new ListNotifications()));
        var second = await host.SendAsync(me, m => m.Send(new ListNotifications(2)));

        Assert.Equal(ListNotifications.PageSize + 5, first.Notifications.TotalCount);
        Assert.Equal(28, first.UnreadCount);
        Assert.Equal(ListNotifications.PageSize, first.Notifications.Items.Count);
        Assert.Equal(Today, first.Notifications.Items[0].Day);
        Assert.Equal(first.Notifications.Items.Select(n => n.Day).OrderDescending(), first.Notifications.Items.Select(n => n.Day));
        Assert.True(first.Notifications.HasNext);
        Assert.Equal(5, second.Notifications.Items.Count);
        Assert.False(second.Notifications.HasNext);
        Assert.Equal(Today.AddDays(-(ListNotifications.PageSize + 4)), second.Notifications.Items[^1].Day);
    }

    [Fact]
    public async Task MarkingMyNotificationsReadIsAuditedWithoutContent()
    {
        var tip = Guid.NewGuid();
        var mine = await world.NotificationAsync(me, NotificationKind.NewMessage, tip, Today);
        var alsoMine = await world.NotificationAsync(me, NotificationKind.FeedbackDue, tip, Today);

        var marked = await host.SendAsync(me, m => m.Send(new MarkNotificationsRead([mine])));
        var list = await host.SendAsync(me, m => m.Send(new ListNotifications()));

        Assert.Equal(1, marked);
        Assert.True(list.Notifications.Items.Single(n => n.Id == mine).IsRead);
        Assert.False(list.Notifications.Items.Single(n => n.Id == alsoMine).IsRead);
        var entry = await host.WithDatabaseAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("notification.read", nameof(Notification), mine.ToString("D"), me.UserId), (entry.Action, entry.ObjectType, entry.ObjectId, entry.ActorUserId));
    }

    [Fact]
    public async Task AnotherUsersNotificationIsNotFoundAndNothingIsMarked()
    {
        var mine = await world.NotificationAsync(me, NotificationKind.NewMessage, Guid.NewGuid(), Today);
        var theirs = await world.NotificationAsync(colleague, NotificationKind.NewTip, Guid.NewGuid(), Today);

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(me, m => m.Send(new MarkNotificationsRead([mine, theirs]))));

        var notifications = await world.NotificationsAsync();
        Assert.All(notifications, n => Assert.False(n.IsRead));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AnEmptyChoiceIsRefused()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(me, m => m.Send(new MarkNotificationsRead([]))));

        Assert.Equal(MarkNotificationsReadValidator.NoneChosen, Assert.Single(refused.Problems).MessageKey);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();
}
