using System.Net;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Oversight;

[Collection(TipLineServerCollection.Name)]
public sealed class NotificationsAndDuePagesTests(TipLineServer server)
{
    [Fact]
    public async Task NotificationsAreListedAndMarkedReadWithAPlainFormPost()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, staff) = await seed.SignInAsync(server, StaffRoles.IntakeInvestigator);
        using (client)
        {
            var tip = Guid.NewGuid();
            var notification = await seed.NotificationAsync(staff.UserId, NotificationKind.NewMessage, tip);

            var page = await client.GetPageAsync("/office/notifications");
            Assert.Contains("New message from a whistleblower", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/office/tips/{tip}\"", page, StringComparison.Ordinal);

            using var marked = await client.PostFormAsync(
                "/office/notifications?handler=MarkRead&pageNumber=1",
                [new("ids", notification.ToString())],
                formPage: "/office/notifications");
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
            Assert.Equal("/office/notifications?pageNumber=1", marked.Headers.Location?.OriginalString);
            Assert.True(await seed.IsReadAsync(notification));
        }
    }

    [Fact]
    public async Task AnotherUsersNotificationCannotBeMarkedRead()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, _) = await seed.SignInAsync(server, StaffRoles.IntakeInvestigator);
        var other = await StaffSeed.CreateUserAsync(server.Services, seed.OrganisationId, "ov-other-" + Guid.NewGuid().ToString("N")[..8], StaffRoles.IntakeInvestigator);
        using (client)
        {
            var theirs = await seed.NotificationAsync(other.UserId, NotificationKind.NewTip, Guid.NewGuid());

            using var refused = await client.PostFormAsync(
                "/office/notifications?handler=MarkRead",
                [new("ids", theirs.ToString())],
                formPage: "/office/notifications");

            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.False(await seed.IsReadAsync(theirs));
        }
    }

    [Fact]
    public async Task TheDuePageListsAnOverdueAcknowledgement()
    {
        var seed = await OversightSeed.CreateAsync(server.Services);
        var (client, _) = await seed.SignInAsync(server, StaffRoles.IntakeInvestigator);
        using (client)
        {
            var tip = await seed.TipAsync(OversightSeed.Today.AddDays(-10));

            var page = await client.GetPageAsync("/office/due");

            Assert.Contains($"href=\"/office/tips/{tip}\"", page, StringComparison.Ordinal);
            Assert.Contains("Overdue by 3 days", page, StringComparison.Ordinal);
            Assert.Contains("Acknowledgement", page, StringComparison.Ordinal);
        }
    }
}
