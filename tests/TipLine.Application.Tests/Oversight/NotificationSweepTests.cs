using TipLine.Application.Notifications;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Cases;
using TipLine.Domain.Messaging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Oversight;

public sealed class NotificationSweepTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();
    private readonly OversightWorld world;

    public NotificationSweepTests() => world = new OversightWorld(host);

    [Fact]
    public async Task NewTipsGoToEveryEnabledInvestigatorOfTheChannelsOrganisationAndNobodyElse()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var police = await world.OrganisationAsync("Wildlife police", Domain.Organisations.OrganisationType.WildlifePolice);
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var first = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var second = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator | StaffRoles.Administrator);
        await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator, disabled: true);
        await world.StaffAsync(ngo, StaffRoles.Administrator);
        await world.StaffAsync(police, StaffRoles.IntakeInvestigator);
        var inboxTip = await world.TipAsync(channel, Today.AddDays(-1), acknowledgedOn: Today.AddDays(-1));
        var caseTip = await world.TipAsync(channel, Today.AddDays(-1), acknowledgedOn: Today.AddDays(-1));
        await world.CaseAsync(ngo, channel, Today, null, caseTip);

        var created = await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunArrivalsAsync(default));

        var notifications = await world.NotificationsAsync();
        Assert.Equal(2, created);
        Assert.Equal(
            new[] { first.UserId!.Value, second.UserId!.Value }.Order(),
            notifications.Select(n => n.StaffUserId).Order());
        Assert.All(notifications, n =>
        {
            Assert.Equal(NotificationKind.NewTip, n.Kind);
            Assert.Equal(inboxTip, n.ObjectId);
            Assert.Equal(Today, n.Day);
            Assert.False(n.IsRead);
        });
    }

    [Fact]
    public Task RunningTheSweepAgainChangesNothing() => RunningTheSweepAgainChangesNothingAsync(world);

    [Fact]
    public async Task UnreadWhistleblowerMessagesNotifyEveryEnabledWrapHolder()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var police = await world.OrganisationAsync("Wildlife police", Domain.Organisations.OrganisationType.WildlifePolice);
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var officer = await world.StaffAsync(police, StaffRoles.EnforcementOfficer);
        var disabled = await world.StaffAsync(police, StaffRoles.EnforcementOfficer, disabled: true);
        var bystander = await world.StaffAsync(police, StaffRoles.EnforcementOfficer);
        var tip = await world.TipAsync(channel, Today.AddDays(-20), acknowledgedOn: Today.AddDays(-20), feedbackOn: Today.AddDays(-19));
        var quiet = await world.TipAsync(channel, Today.AddDays(-20), acknowledgedOn: Today.AddDays(-20), feedbackOn: Today.AddDays(-19));
        await world.CaseAsync(ngo, channel, Today.AddDays(-19), null, tip, quiet);
        foreach (var holder in new[] { investigator, officer, disabled })
        {
            await world.WrapAsync(tip, holder);
            await world.WrapAsync(quiet, holder);
        }

        await world.WhistleblowerWrapAsync(tip);
        await world.MessageAsync(tip, MessageDirection.FromWhistleblower, Today.AddDays(-3));
        await world.MessageAsync(quiet, MessageDirection.FromWhistleblower, Today.AddDays(-3), read: true);
        await world.MessageAsync(quiet, MessageDirection.ToWhistleblower, Today.AddDays(-2));

        await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunArrivalsAsync(default));

        var notifications = await world.NotificationsAsync();
        Assert.All(notifications, n => Assert.Equal((NotificationKind.NewMessage, tip), (n.Kind, n.ObjectId)));
        Assert.Equal(
            new[] { investigator.UserId!.Value, officer.UserId!.Value }.Order(),
            notifications.Select(n => n.StaffUserId).Order());
        Assert.DoesNotContain(notifications, n => n.StaffUserId == bystander.UserId || n.StaffUserId == disabled.UserId);
    }

    [Fact]
    public async Task AMessageNewerThanAReadNotificationRenewsItAndAnOlderOneDoesNot()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var renewed = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var untouched = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var tip = await world.TipAsync(channel, Today.AddDays(-20), acknowledgedOn: Today.AddDays(-20), feedbackOn: Today.AddDays(-19));
        await world.CaseAsync(ngo, channel, Today.AddDays(-19), null, tip);
        await world.WrapAsync(tip, renewed);
        await world.WrapAsync(tip, untouched);
        await world.MessageAsync(tip, MessageDirection.FromWhistleblower, Today.AddDays(-5));

        // Left by earlier days' runs: one user read the notice of the message of five days ago three days ago, the other read one raised today.
        await world.NotificationAsync(renewed, NotificationKind.NewMessage, tip, Today.AddDays(-3), read: true, mailed: true);
        await world.NotificationAsync(untouched, NotificationKind.NewMessage, tip, Today, read: true);
        Assert.Equal(0, await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunArrivalsAsync(default)));

        await world.MessageAsync(tip, MessageDirection.FromWhistleblower, Today.AddDays(-1));
        var changed = await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunArrivalsAsync(default));

        var notifications = await world.NotificationsAsync();
        Assert.Equal(1, changed);
        var renewal = Assert.Single(notifications, n => n.StaffUserId == renewed.UserId);
        Assert.Equal((Today, false, false), (renewal.Day, renewal.IsRead, renewal.IsMailed));
        var kept = Assert.Single(notifications, n => n.StaffUserId == untouched.UserId);
        Assert.True(kept.IsRead);
    }

    [Fact]
    public async Task DeadlinesRemindTheInvestigatorsAndMissedOnesEscalateToTheAdministratorsOfTheRightOrganisationOnly()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var other = await world.OrganisationAsync("Other NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        await world.ChannelAsync(other, "other");
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var administrator = await world.StaffAsync(ngo, StaffRoles.Administrator);
        var otherInvestigator = await world.StaffAsync(other, StaffRoles.IntakeInvestigator);
        var otherAdministrator = await world.StaffAsync(other, StaffRoles.Administrator);

        var acknowledgementSoon = await world.TipAsync(channel, Today.AddDays(-6));
        var acknowledgementMissed = await world.TipAsync(channel, Today.AddDays(-10));
        await world.TipAsync(channel, Today.AddDays(-4));
        var feedbackSoon = await world.TipAsync(channel, Today.AddDays(-85), acknowledgedOn: Today.AddDays(-85));
        await world.TipAsync(channel, Today.AddDays(-85), acknowledgedOn: Today.AddDays(-85), feedbackOn: Today.AddDays(-60));
        var feedbackMissed = await world.TipAsync(channel, Today.AddDays(-120), acknowledgedOn: Today.AddDays(-120));
        var closedTip = await world.TipAsync(channel, Today.AddDays(-120), acknowledgedOn: Today.AddDays(-120));
        await world.CaseAsync(ngo, channel, Today.AddDays(-100), c => c.Close(CaseOutcome.NoAction, Today.AddDays(-50)), closedTip);

        await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunDeadlinesAsync(default));

        var notifications = (await world.NotificationsAsync()).Select(n => (n.StaffUserId, n.Kind, n.ObjectId)).ToHashSet();
        var expected = new HashSet<(Guid, NotificationKind, Guid)>
        {
            (investigator.UserId!.Value, NotificationKind.AcknowledgementDue, acknowledgementSoon),
            (investigator.UserId!.Value, NotificationKind.AcknowledgementDue, acknowledgementMissed),
            (investigator.UserId!.Value, NotificationKind.FeedbackDue, feedbackSoon),
            (investigator.UserId!.Value, NotificationKind.FeedbackDue, feedbackMissed),
            (administrator.UserId!.Value, NotificationKind.DeadlineMissed, acknowledgementMissed),
            (administrator.UserId!.Value, NotificationKind.DeadlineMissed, feedbackMissed),
        };
        Assert.Equal(expected, notifications);
        Assert.DoesNotContain(notifications, n => n.StaffUserId == otherInvestigator.UserId || n.StaffUserId == otherAdministrator.UserId);
    }

    [Fact]
    public async Task AMissedFeedbackDeadlineRenewsAnEscalationRaisedForTheMissedAcknowledgement()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var administrator = await world.StaffAsync(ngo, StaffRoles.Administrator);
        var received = Today.AddDays(-200);
        var tip = await world.TipAsync(channel, received);
        var acknowledgementEscalation = await world.NotificationAsync(
            administrator, NotificationKind.DeadlineMissed, tip, received.AddDays(8), read: true, mailed: true);

        var first = await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunDeadlinesAsync(default));
        var second = await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunDeadlinesAsync(default));

        var escalation = Assert.Single(await world.NotificationsAsync());
        Assert.Equal((1, 0), (first, second));
        Assert.Equal(acknowledgementEscalation, escalation.Id);
        Assert.Equal((Today, false, false), (escalation.Day, escalation.IsRead, escalation.IsMailed));
    }

    /// <summary>Every kind the sweep raises, raised once: shared with the PostgreSQL run.</summary>
    internal static async Task RunningTheSweepAgainChangesNothingAsync(OversightWorld world)
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var administrator = await world.StaffAsync(ngo, StaffRoles.Administrator);
        var tip = await world.TipAsync(channel, Today.AddDays(-10));
        await world.WrapAsync(tip, investigator);
        await world.MessageAsync(tip, MessageDirection.FromWhistleblower, Today.AddDays(-2));

        var first = await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunAsync(default));
        var afterFirst = await world.NotificationsAsync();
        var second = await world.RunAsync<NotificationSweep, int>(sweep => sweep.RunAsync(default));
        var afterSecond = await world.NotificationsAsync();

        // New tip, new message and the acknowledgement reminder for the investigator; the escalation for the administrator.
        Assert.Equal(4, first);
        Assert.Equal(0, second);
        Assert.Equal(
            afterFirst.Select(n => (n.Id, n.StaffUserId, n.Kind, n.ObjectId, n.Day, n.IsRead)),
            afterSecond.Select(n => (n.Id, n.StaffUserId, n.Kind, n.ObjectId, n.Day, n.IsRead)));
        Assert.Contains(afterSecond, n => n.StaffUserId == administrator.UserId && n.Kind == NotificationKind.DeadlineMissed);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
