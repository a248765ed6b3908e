using Microsoft.EntityFrameworkCore;
using TipLine.Application.Notifications.ListNotifications;
using TipLine.Application.Rewards.Deadlines;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.Oversight;
using TipLine.Domain.Notifications;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Rewards.Deadlines;

public sealed class RewardSweepTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();

    [Fact]
    public Task EachKindGoesToTheProgrammeOrganisationsEnabledRewardOfficers() => EachKindGoesToTheRightOfficersAsync(new OversightWorld(host));

    [Fact]
    public Task RunningTheSweepTwiceChangesNothing() => RunningTheSweepTwiceChangesNothingAsync(new OversightWorld(host));

    [Fact]
    public async Task ANewCollectionMakesAPaymentDueAgainAndRenewsARead()
    {
        var seed = new RewardSeed(new OversightWorld(host));
        var office = await seed.World.OrganisationAsync("Rewards office");
        var a = await seed.OfficerAsync(office);
        var b = await seed.OfficerAsync(office);
        var programme = await seed.ProgrammeAsync(office);
        var (caseId, tips) = await seed.CaseAsync();
        await seed.SanctionAsync(caseId, SanctionEntryKind.Collected, 10_000m, "EUR", Today.AddDays(-100));
        var notice = await seed.NoticeAsync(caseId, programme, Today.AddDays(-95));
        var claim = await seed.ClaimAsync(notice, tips[0], Today.AddDays(-90));
        await seed.FinalAsync(claim, 20m, a, b, Today.AddDays(-80), Today.AddDays(-40));
        await seed.PaymentAsync(claim, 2_000m, "EUR", Today.AddDays(-30));
        await seed.World.NotificationAsync(a, NotificationKind.RewardPaymentDue, claim, Today.AddDays(-40), read: true);

        await seed.World.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default));
        var settled = (await seed.World.NotificationsAsync()).Where(n => n.Kind == NotificationKind.RewardPaymentDue).ToList();
        Assert.Equal(Today.AddDays(-40), Assert.Single(settled).Day);
        Assert.True(settled[0].IsRead);

        // Money in another currency, or imposed but not collected, makes nothing due; a later collection does.
        await seed.SanctionAsync(caseId, SanctionEntryKind.Collected, 5_000m, "USD", Today);
        await seed.SanctionAsync(caseId, SanctionEntryKind.Imposed, 5_000m, "EUR", Today);
        Assert.Equal(0, await seed.World.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default)));
        await seed.SanctionAsync(caseId, SanctionEntryKind.ForfeitureProceeds, 2_500m, "EUR", Today);
        Assert.Equal(2, await seed.World.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default)));

        var due = (await seed.World.NotificationsAsync()).Where(n => n.Kind == NotificationKind.RewardPaymentDue).ToList();
        Assert.Equal(new[] { a.UserId!.Value, b.UserId!.Value }.Order(), due.Select(n => n.StaffUserId).Order());
        Assert.All(due, n =>
        {
            Assert.Equal(claim, n.ObjectId);
            Assert.Equal(Today, n.Day);
            Assert.False(n.IsRead);
        });
    }

    [Fact]
    public async Task TheClaimWindowClosesTheDayAfterItsDeadline()
    {
        var seed = new RewardSeed(new OversightWorld(host));
        var office = await seed.World.OrganisationAsync("Rewards office");
        var officer = await seed.OfficerAsync(office);
        var programme = await seed.ProgrammeAsync(office);
        var (caseId, _) = await seed.CaseAsync();
        var lastDay = await seed.NoticeAsync(caseId, programme, Today.AddDays(-90), claimWindowDays: 90);
        var (otherCase, _) = await seed.CaseAsync();
        var closed = await seed.NoticeAsync(otherCase, programme, Today.AddDays(-91), claimWindowDays: 90);

        await seed.World.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default));

        var notices = await host.WithDatabaseAsync(db => db.RewardNotices.AsNoTracking().ToDictionaryAsync(n => n.Id));
        Assert.Null(notices[lastDay].ClaimWindowClosedOn);
        Assert.Equal(Today, notices[closed].ClaimWindowClosedOn);
        var notification = Assert.Single(await seed.World.NotificationsAsync(), n => n.Kind == NotificationKind.ClaimWindowClosed);
        Assert.Equal((officer.UserId!.Value, closed, Today), (notification.StaffUserId, notification.ObjectId, notification.Day));
    }

    [Fact]
    public async Task ALaterProposalAsksTheOtherOfficersAgain()
    {
        var seed = new RewardSeed(new OversightWorld(host));
        var office = await seed.World.OrganisationAsync("Rewards office");
        var a = await seed.OfficerAsync(office);
        var b = await seed.OfficerAsync(office);
        var programme = await seed.ProgrammeAsync(office);
        var (caseId, tips) = await seed.CaseAsync();
        var notice = await seed.NoticeAsync(caseId, programme, Today.AddDays(-20));
        var claim = await seed.ClaimAsync(notice, tips[0], Today.AddDays(-10));
        await seed.World.NotificationAsync(a, NotificationKind.AwardAwaitingApproval, claim, Today.AddDays(-5), read: true);
        await seed.ProposeAsync(claim, DeterminationStage.Preliminary, 15m, b, Today);

        await seed.World.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default));

        var awaiting = Assert.Single(await seed.World.NotificationsAsync(), n => n.Kind == NotificationKind.AwardAwaitingApproval);
        Assert.Equal((a.UserId!.Value, Today, false), (awaiting.StaffUserId, awaiting.Day, awaiting.IsRead));
    }

    [Fact]
    public async Task ListedNotificationsLeadToTheReferralOrClaimAndANoticeToItsReferral()
    {
        var seed = new RewardSeed(new OversightWorld(host));
        var office = await seed.World.OrganisationAsync("Rewards office");
        var officer = await seed.OfficerAsync(office);
        var programme = await seed.ProgrammeAsync(office);
        var (caseId, tips) = await seed.CaseAsync();
        var notice = await seed.NoticeAsync(caseId, programme, Today.AddDays(-100), claimWindowDays: 90);
        var referral = await host.WithDatabaseAsync(db => db.RewardNotices.Where(n => n.Id == notice).Select(n => n.ReferralId).SingleAsync());
        var claim = await seed.ClaimAsync(notice, tips[0], Today.AddDays(-20));
        var (otherCase, _) = await seed.CaseAsync();
        var referred = await seed.ReferralAsync(otherCase, programme, Today);
        await seed.World.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default));
        var tip = Guid.NewGuid();
        await seed.World.NotificationAsync(officer, NotificationKind.NewMessage, tip, Today.AddDays(-1));

        var listed = await host.SendAsync(officer, m => m.Send(new ListNotifications()));

        Assert.Equal(
            new[]
            {
                (NotificationKind.NewMessage, tip, NotificationTarget.Tip, tip),
                (NotificationKind.RewardReferred, referred, NotificationTarget.RewardReferral, referred),
                (NotificationKind.RewardClaimFiled, claim, NotificationTarget.RewardClaim, claim),
                (NotificationKind.ClaimWindowClosed, notice, NotificationTarget.RewardReferral, referral),
            }.OrderBy(n => n.Item1),
            listed.Notifications.Items.Select(n => (n.Kind, n.ObjectId, n.Target, n.TargetId)).OrderBy(n => n.Kind));
    }

    internal static async Task EachKindGoesToTheRightOfficersAsync(OversightWorld world)
    {
        var seed = new RewardSeed(world);
        var office = await world.OrganisationAsync("Rewards office");
        var elsewhere = await world.OrganisationAsync("Other rewards office");
        var a = await seed.OfficerAsync(office);
        var b = await seed.OfficerAsync(office);
        await seed.OfficerAsync(office, disabled: true);
        await world.StaffAsync(office, StaffRoles.Administrator | StaffRoles.Auditor);
        await seed.OfficerAsync(elsewhere);
        var programme = await seed.ProgrammeAsync(office);
        await seed.ProgrammeAsync(elsewhere);

        var (referredCase, _) = await seed.CaseAsync();
        var referral = await seed.ReferralAsync(referredCase, programme, Today.AddDays(-3));
        var (caseId, tips) = await seed.CaseAsync(tips: 8);
        await seed.SanctionAsync(caseId, SanctionEntryKind.Collected, 10_000m, "EUR", Today.AddDays(-200));
        var notice = await seed.NoticeAsync(caseId, programme, Today.AddDays(-190), claimWindowDays: 90);
        var filed = await seed.ClaimAsync(notice, tips[0], Today.AddDays(-110));
        var proposed = await seed.ClaimAsync(notice, tips[1], Today.AddDays(-110));
        await seed.ProposeAsync(proposed, DeterminationStage.Preliminary, 20m, a, Today.AddDays(-2));
        var contestLapsed = await seed.ClaimAsync(notice, tips[2], Today.AddDays(-110));
        await seed.PreliminaryAsync(contestLapsed, 20m, a, b, Today.AddDays(-31));
        var contested = await seed.ClaimAsync(notice, tips[3], Today.AddDays(-110));
        await seed.PreliminaryAsync(contested, 20m, a, b, Today.AddDays(-10));
        await seed.ContestAsync(contested, Today.AddDays(-4));
        var accepted = await seed.ClaimAsync(notice, tips[7], Today.AddDays(-110));
        await seed.PreliminaryAsync(accepted, 20m, a, b, Today.AddDays(-10));
        await seed.AcceptAsync(accepted, Today.AddDays(-9));
        var waiting = await seed.ClaimAsync(notice, tips[4], Today.AddDays(-110));
        await seed.PreliminaryAsync(waiting, 20m, a, b, Today.AddDays(-30));
        var owed = await seed.ClaimAsync(notice, tips[5], Today.AddDays(-110));
        await seed.FinalAsync(owed, 20m, a, b, Today.AddDays(-120), Today.AddDays(-60));
        await seed.PaymentAsync(owed, 1_000m, "EUR", Today.AddDays(-50));
        var paidUp = await seed.ClaimAsync(notice, tips[6], Today.AddDays(-110));
        await seed.FinalAsync(paidUp, 20m, a, b, Today.AddDays(-120), Today.AddDays(-60));
        var first = await seed.PaymentAsync(paidUp, 1_500m, "EUR", Today.AddDays(-50));
        await seed.PaymentAsync(paidUp, 1_500m, "EUR", Today.AddDays(-45), reverses: first);
        await seed.PaymentAsync(paidUp, 2_000m, "EUR", Today.AddDays(-40));

        var created = await world.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default));

        var officers = new[] { a.UserId!.Value, b.UserId!.Value };
        var expected = new List<(Guid, NotificationKind, Guid, DateOnly)>();
        foreach (var officer in officers)
        {
            expected.Add((officer, NotificationKind.RewardReferred, referral, Today));
            expected.Add((officer, NotificationKind.ClaimWindowClosed, notice, Today));
            expected.Add((officer, NotificationKind.RewardClaimFiled, filed, Today));
            expected.Add((officer, NotificationKind.FinalDeterminationDue, contestLapsed, Today));
            expected.Add((officer, NotificationKind.FinalDeterminationDue, contested, Today));
            expected.Add((officer, NotificationKind.FinalDeterminationDue, accepted, Today));
            expected.Add((officer, NotificationKind.RewardPaymentDue, owed, Today));
        }

        expected.Add((b.UserId!.Value, NotificationKind.AwardAwaitingApproval, proposed, Today));
        var notifications = await world.NotificationsAsync();
        Assert.Equal(
            expected.OrderBy(e => e.Item1).ThenBy(e => e.Item2).ThenBy(e => e.Item3),
            notifications.Select(n => (n.StaffUserId, n.Kind, n.ObjectId, n.Day)).OrderBy(e => e.StaffUserId).ThenBy(e => e.Kind).ThenBy(e => e.ObjectId));
        Assert.Equal(expected.Count, created);
        Assert.All(notifications, n => Assert.False(n.IsRead));
        var closedOn = await world.Host.WithDatabaseAsync(db => db.RewardNotices.Where(n => n.Id == notice).Select(n => n.ClaimWindowClosedOn).SingleAsync());
        Assert.Equal(Today, closedOn);
    }

    internal static async Task RunningTheSweepTwiceChangesNothingAsync(OversightWorld world)
    {
        await EachKindGoesToTheRightOfficersAsync(world);
        var before = await world.NotificationsAsync();
        var someone = before[0];
        await world.Host.WithDatabaseAsync(async db =>
        {
            (await db.Notifications.SingleAsync(n => n.Id == someone.Id)).MarkRead();
            return await db.SaveChangesAsync();
        });

        var again = await world.RunAsync<RewardSweep, int>(sweep => sweep.RunAsync(default));

        var after = await world.NotificationsAsync();
        Assert.Equal(0, again);
        Assert.Equal(
            before.Select(n => (n.Id, n.StaffUserId, n.Kind, n.ObjectId, n.Day, n.IsRead || n.Id == someone.Id)),
            after.Select(n => (n.Id, n.StaffUserId, n.Kind, n.ObjectId, n.Day, n.IsRead)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
