using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Jobs;

namespace TipLine.Application.Tests.Oversight;

public sealed class NotificationMailerTests : IAsyncLifetime
{
    private const string OfficeUrl = "https://tipline.example.org/office";

    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();
    private readonly LoopbackSmtpServer smtp = new();
    private readonly OversightWorld world;

    public NotificationMailerTests() => world = new OversightWorld(host);

    [Fact]
    public async Task OneContentFreeMailPerUserThenNothingTwice()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var mailed = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator, email: "investigator@example.org");
        var withoutAddress = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var alreadyRead = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator, email: "reader@example.org");
        var tip = await world.TipAsync(channel, Today.AddDays(-3), acknowledgedOn: Today.AddDays(-3));
        var caseId = await world.CaseAsync(ngo, channel, Today.AddDays(-2), null, tip);
        var reference = await host.WithDatabaseAsync(db => Task.FromResult(db.Cases.Single(c => c.Id == caseId).Reference));
        await world.NotificationAsync(mailed, NotificationKind.NewMessage, tip, Today);
        await world.NotificationAsync(mailed, NotificationKind.CaseRouted, caseId, Today);
        await world.NotificationAsync(mailed, NotificationKind.FeedbackDue, tip, Today, read: true);
        await world.NotificationAsync(withoutAddress, NotificationKind.NewMessage, tip, Today);
        await world.NotificationAsync(alreadyRead, NotificationKind.NewMessage, tip, Today, read: true);

        var sent = await RunMailerAsync(Configured());

        Assert.Equal(1, sent);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(["investigator@example.org"], mail.Recipients);
        var body = mail.DecodedBody;
        Assert.Contains("You have 2 new items in the TipLine back office.", body, StringComparison.Ordinal);
        Assert.Contains(OfficeUrl, body, StringComparison.Ordinal);
        foreach (var secret in new[] { tip.ToString("D"), tip.ToString("N"), caseId.ToString("D"), caseId.ToString("N"), reference, "NewMessage", "CaseRouted" })
        {
            Assert.DoesNotContain(secret, mail.Raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }

        var notifications = await world.NotificationsAsync();
        Assert.All(notifications.Where(n => n.StaffUserId != withoutAddress.UserId), n => Assert.True(n.IsMailed));
        Assert.False(Assert.Single(notifications, n => n.StaffUserId == withoutAddress.UserId).IsMailed);

        Assert.Equal(0, await RunMailerAsync(Configured()));
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task TheMailIsInTheUsersLanguage()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var user = await world.StaffAsync(ngo, StaffRoles.Prosecutor, email: "procureur@example.org", language: "fr");
        await world.NotificationAsync(user, NotificationKind.CaseRouted, Guid.NewGuid(), Today);

        await RunMailerAsync(Configured());

        Assert.Contains("Vous avez 1 nouvel élément dans le back-office de TipLine.", Assert.Single(smtp.Received).DecodedBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSmtpNothingIsSentOrMarked()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var user = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator, email: "investigator@example.org");
        await world.NotificationAsync(user, NotificationKind.NewTip, Guid.NewGuid(), Today);

        var sent = await RunMailerAsync(new NotificationMailOptions { Port = smtp.Port, From = "tipline@example.org", OfficeUrl = OfficeUrl });

        Assert.Equal(0, sent);
        Assert.Empty(smtp.Received);
        Assert.False(Assert.Single(await world.NotificationsAsync()).IsMailed);
    }

    private NotificationMailOptions Configured() => new()
    {
        Host = "127.0.0.1",
        Port = smtp.Port,
        EnableSsl = false,
        From = "tipline@example.org",
        OfficeUrl = OfficeUrl,
    };

    private Task<int> RunMailerAsync(NotificationMailOptions options) =>
        host.WithDatabaseAsync(db => new NotificationMailer(db, Options.Create(options), NullLogger<NotificationMailer>.Instance).RunAsync(default));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await host.DisposeAsync();
    }
}
