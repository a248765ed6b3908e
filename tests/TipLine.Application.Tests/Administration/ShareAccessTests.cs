using TipLine.Application.Errors;
using TipLine.Application.Staff.CountPendingAccess;
using TipLine.Application.Staff.ShareAccessWithColleagues;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Administration;

public sealed class ShareAccessTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly Deployment deployment;
    private Guid intake;
    private Guid police;
    private Member administrator = null!;
    private Member holder = null!;
    private Member newcomer = null!;
    private Member intakeProsecutor = null!;
    private Member officer = null!;
    private Member newOfficer = null!;
    private Member policeInvestigator = null!;

    public ShareAccessTests()
    {
        deployment = new Deployment(host);
    }

    [Fact]
    public async Task AnInvestigatorSharesEveryChannelTipTheyHoldWithANewInvestigatorWhoCanThenOpenThem()
    {
        var channel = await deployment.AddChannelAsync(intake);
        var tips = new[] { await deployment.AddTipAsync(channel, holder), await deployment.AddTipAsync(channel, holder), await deployment.AddTipAsync(channel, holder) };

        var shared = await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));

        Assert.Equal(new SharedAccess(3, false), shared);
        foreach (var tip in tips)
        {
            Assert.Equal(new[] { holder.Id, newcomer.Id }.Order(), (await deployment.HoldersOfAsync(tip.Id)).Order());
            Assert.Equal(tip.PublicKey, await host.SendAsync(newcomer.Actor, m => m.Send(new OpenTipKeyProbe(tip.Id))));
        }
    }

    [Fact]
    public async Task OnlyColleaguesEntitledToTheTipGetItAndNothingCrossesToAnotherOrganisation()
    {
        var channelTip = await deployment.AddTipAsync(await deployment.AddChannelAsync(intake), holder);
        await deployment.RouteAsync(channelTip, holder, police, officer);
        var disabled = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);
        await host.WithDatabaseAsync(async db =>
        {
            (await db.StaffUsers.FindAsync(disabled.Id))!.Disable();
            return await db.SaveChangesAsync();
        });

        await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));
        await host.SendAsync(officer.Actor, m => m.Send(new ShareAccessWithColleagues()));

        // Intake: the new investigator only (its prosecutor reads routed cases, and none is routed to it). Police: every
        // case worker, its investigator included, as a routing would have wrapped for them (ADR 0023).
        Assert.Equal(new[] { holder.Id, newcomer.Id, officer.Id, newOfficer.Id, policeInvestigator.Id }.Order(), (await deployment.HoldersOfAsync(channelTip.Id)).Order());
        Assert.Equal(0, await deployment.WrapsOfAsync(intakeProsecutor.Id));
        Assert.Equal(1, await deployment.WrapsOfAsync(policeInvestigator.Id));
        Assert.Equal(0, await deployment.WrapsOfAsync(disabled.Id));
        Assert.Equal(channelTip.PublicKey, await host.SendAsync(newOfficer.Actor, m => m.Send(new OpenTipKeyProbe(channelTip.Id))));
    }

    [Fact]
    public async Task ProsecutorsAndOfficersShareTipsOfCasesRoutedToTheirOrganisation()
    {
        var routed = await deployment.AddTipAsync(await deployment.AddChannelAsync(intake), holder);
        await deployment.RouteAsync(routed, holder, police, newOfficer);

        var shared = await host.SendAsync(newOfficer.Actor, m => m.Send(new ShareAccessWithColleagues()));

        Assert.Equal(new SharedAccess(2, false), shared);
        Assert.Equal(new[] { holder.Id, newOfficer.Id, officer.Id, policeInvestigator.Id }.Order(), (await deployment.HoldersOfAsync(routed.Id)).Order());
    }

    [Fact]
    public async Task AHolderWhoseOrganisationNoLongerSeesTheTipSharesNothing()
    {
        var channel = await deployment.AddChannelAsync(police);
        var theirs = await deployment.AddTipAsync(channel, policeInvestigator);
        // A wrap for an intake investigator granted through the intake unit, although the tip is not visible to it.
        await deployment.RouteAsync(theirs, policeInvestigator, police, holder);

        var shared = await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));

        Assert.Equal(new SharedAccess(0, false), shared);
        Assert.DoesNotContain(newcomer.Id, await deployment.HoldersOfAsync(theirs.Id));
    }

    [Fact]
    public async Task SharingGoesInBatchesAndSaysWhetherMoreRemain()
    {
        var channel = await deployment.AddChannelAsync(intake);
        for (var i = 0; i < ShareAccessWithColleagues.BatchSize + 3; i++)
        {
            await deployment.AddTipAsync(channel, holder);
        }

        var first = await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));
        var second = await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));
        var third = await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));

        Assert.Equal([new SharedAccess(ShareAccessWithColleagues.BatchSize, true), new SharedAccess(3, false), new SharedAccess(0, false)], [first, second, third]);
        Assert.Equal(ShareAccessWithColleagues.BatchSize + 3, await deployment.WrapsOfAsync(newcomer.Id));
    }

    [Fact]
    public async Task SharingIsAuditedWithTheCountOnlyAndOnlyWhenSomethingWasShared()
    {
        var channel = await deployment.AddChannelAsync(intake);
        await deployment.AddTipAsync(channel, holder);
        await deployment.AddTipAsync(channel, holder);

        await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));
        await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));

        var entry = Assert.Single(await deployment.AuditEntriesAsync());
        Assert.Equal(("tipkeys.share", "TipKeyWrap", "2", (Guid?)holder.Id), (entry.Action, entry.ObjectType, entry.ObjectId, entry.ActorUserId));
    }

    [Fact]
    public async Task TheAdministratorSeesHowManyTipsEachMemberStillWaitsFor()
    {
        var channel = await deployment.AddChannelAsync(intake);
        await deployment.AddTipAsync(channel, holder);
        await deployment.AddTipAsync(channel, holder, newcomer);
        var routed = await deployment.AddTipAsync(channel, holder);
        await deployment.RouteAsync(routed, holder, police, officer);

        var before = await host.SendAsync(administrator.Actor, m => m.Send(new CountPendingAccess()));
        await host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues()));
        var after = await host.SendAsync(administrator.Actor, m => m.Send(new CountPendingAccess()));

        Assert.Equal(new[] { new MemberPendingAccess(newcomer.Id, 2) }, before.Members);
        Assert.Equal(2, before.Total);
        Assert.Equal(0, after.Total);
        Assert.Empty(after.Members);
        var policeAdministrator = await deployment.AddMemberAsync(police, StaffRoles.Administrator);
        var policePending = (await host.SendAsync(policeAdministrator.Actor, m => m.Send(new CountPendingAccess()))).Members;
        Assert.Equal(new[] { newOfficer.Id, policeInvestigator.Id }.Order(), policePending.Select(m => m.UserId).Order());
        Assert.All(policePending, member => Assert.Equal(1, member.Tips));
    }

    [Fact]
    public async Task SharingNeedsTheActorsUnlockedKey()
    {
        await deployment.AddTipAsync(await deployment.AddChannelAsync(intake), holder);
        host.StaffKeys.SignOut(holder.Id);

        await Assert.ThrowsAsync<StaffKeyUnavailableException>(() => host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues())));

        Assert.Equal(0, await deployment.WrapsOfAsync(newcomer.Id));
    }

    [Theory]
    [InlineData(StaffRoles.Administrator)]
    [InlineData(StaffRoles.Auditor | StaffRoles.RewardOfficer)]
    public async Task OnlyMembersWhoReadTipsMayShareThem(StaffRoles roles)
    {
        await deployment.AddTipAsync(await deployment.AddChannelAsync(intake), holder);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(holder.Actor with { Roles = roles }, m => m.Send(new ShareAccessWithColleagues())));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(holder.Actor, m => m.Send(new CountPendingAccess())));

        Assert.Equal(0, await deployment.WrapsOfAsync(newcomer.Id));
    }

    public async Task InitializeAsync()
    {
        intake = await deployment.AddOrganisationAsync("Wildlife Intake");
        police = await deployment.AddOrganisationAsync("Gabon Wildlife Police", OrganisationType.WildlifePolice);
        administrator = await deployment.AddMemberAsync(intake, StaffRoles.Administrator);
        holder = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);
        newcomer = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);
        intakeProsecutor = await deployment.AddMemberAsync(intake, StaffRoles.Prosecutor);
        officer = await deployment.AddMemberAsync(police, StaffRoles.EnforcementOfficer);
        newOfficer = await deployment.AddMemberAsync(police, StaffRoles.Prosecutor);
        policeInvestigator = await deployment.AddMemberAsync(police, StaffRoles.IntakeInvestigator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();
}
