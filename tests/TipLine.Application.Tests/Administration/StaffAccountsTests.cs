using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Staff;
using TipLine.Application.Staff.ChangeStaffRoles;
using TipLine.Application.Staff.DisableStaffMember;
using TipLine.Application.Staff.EnableStaffMember;
using TipLine.Application.Staff.InviteStaffMember;
using TipLine.Application.Staff.ListStaff;
using TipLine.Application.Staff.ResetSecondFactor;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Administration;

public sealed class StaffAccountsTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly Deployment deployment;
    private Guid organisation;
    private Guid otherOrganisation;
    private Member administrator = null!;
    private Member investigator = null!;
    private Member stranger = null!;

    public StaffAccountsTests()
    {
        deployment = new Deployment(host);
    }

    public static TheoryData<string> MemberCommands => ["ChangeStaffRoles", "DisableStaffMember", "EnableStaffMember", "ResetSecondFactor"];

    [Fact]
    public async Task TheStaffListShowsTheOwnOrganisationsMembersAndOpenInvitationsOnly()
    {
        await host.WithDatabaseAsync(async db =>
        {
            (await db.StaffUsers.SingleAsync(u => u.Id == investigator.Id)).EnrolSecondFactor([1, 2, 3]);
            return await db.SaveChangesAsync();
        });
        await host.SendAsync(administrator.Actor, m => m.Send(new InviteStaffMember("newcomer", "Newcomer", StaffRoles.Auditor)));
        var otherAdministrator = await deployment.AddMemberAsync(otherOrganisation, StaffRoles.Administrator);
        await host.SendAsync(otherAdministrator.Actor, m => m.Send(new InviteStaffMember("their.newcomer", "Theirs", StaffRoles.Prosecutor)));

        var list = await host.SendAsync(administrator.Actor, m => m.Send(new ListStaff()));

        Assert.Equal(new[] { administrator.Id, investigator.Id }.Order(), list.Members.Select(member => member.Id).Order());
        var listed = list.Members.Single(member => member.Id == investigator.Id);
        Assert.Equal((StaffRoles.IntakeInvestigator, false, true), (listed.Roles, listed.IsDisabled, listed.HasSecondFactor));
        Assert.False(list.Members.Single(member => member.Id == administrator.Id).HasSecondFactor);
        var invitation = Assert.Single(list.Invitations);
        Assert.Equal(("newcomer", StaffRoles.Auditor, false), (invitation.UserName, invitation.Roles, invitation.IsExpired));
    }

    [Fact]
    public async Task ChangingRolesIsAudited()
    {
        await SendAsync(new ChangeStaffRoles(investigator.Id, StaffRoles.IntakeInvestigator | StaffRoles.Auditor));

        Assert.Equal(StaffRoles.IntakeInvestigator | StaffRoles.Auditor, (await deployment.UserAsync(investigator.Id)).Roles);
        var entry = (await deployment.AuditEntriesAsync())[^1];
        Assert.Equal(("staff.roles.change", investigator.Id.ToString("D"), (Guid?)administrator.Id), (entry.Action, entry.ObjectId, entry.ActorUserId));
    }

    [Fact]
    public async Task LosingARoleDeletesTheWrapsOfTipsThatRoleGaveButKeepsTheRest()
    {
        var both = await deployment.AddMemberAsync(organisation, StaffRoles.IntakeInvestigator | StaffRoles.Prosecutor);
        var channel = await deployment.AddChannelAsync(organisation);
        var received = await deployment.AddTipAsync(channel, both);
        var routedHere = await deployment.AddTipAsync(await deployment.AddChannelAsync(otherOrganisation));
        await deployment.RouteAsync(routedHere, stranger, organisation, both);

        await SendAsync(new ChangeStaffRoles(both.Id, StaffRoles.Prosecutor));

        Assert.Empty(await deployment.HoldersOfAsync(received.Id));
        Assert.Equal([both.Id], await deployment.HoldersOfAsync(routedHere.Id));
        Assert.Equal(routedHere.PublicKey, await host.SendAsync(both.Actor with { Roles = StaffRoles.Prosecutor }, m => m.Send(new OpenTipKeyProbe(routedHere.Id))));
    }

    [Fact]
    public async Task GainingARoleDeletesNoWrap()
    {
        var received = await deployment.AddTipAsync(await deployment.AddChannelAsync(organisation), investigator);

        await SendAsync(new ChangeStaffRoles(investigator.Id, StaffRoles.IntakeInvestigator | StaffRoles.RewardOfficer));

        Assert.Equal([investigator.Id], await deployment.HoldersOfAsync(received.Id));
    }

    [Fact]
    public async Task TheLastEnabledAdministratorCannotGiveUpTheRole()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(new ChangeStaffRoles(administrator.Id, StaffRoles.IntakeInvestigator)));

        Assert.Equal(OrganisationStaff.LastAdministrator, Assert.Single(refusal.Problems).MessageKey);
        Assert.Equal(StaffRoles.Administrator, (await deployment.UserAsync(administrator.Id)).Roles);
        Assert.Empty(await deployment.AuditEntriesAsync());
    }

    [Fact]
    public async Task AnAdministratorMayGiveUpTheRoleWhileAnotherEnabledOneRemains()
    {
        var second = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
        var disabledAdministrator = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
        await SendAsync(new DisableStaffMember(disabledAdministrator.Id));

        await SendAsync(new ChangeStaffRoles(administrator.Id, StaffRoles.Auditor));

        Assert.Equal(StaffRoles.Auditor, (await deployment.UserAsync(administrator.Id)).Roles);
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(second.Actor, m => m.Send(new ChangeStaffRoles(second.Id, StaffRoles.Auditor))));
        Assert.Equal(OrganisationStaff.LastAdministrator, Assert.Single(refusal.Problems).MessageKey);
    }

    [Theory]
    [InlineData(StaffRoles.None, StaffMemberRules.RolesRequired)]
    [InlineData((StaffRoles)128, StaffMemberRules.RolesUnknown)]
    public async Task RolesMustBeSomeKnownRoles(StaffRoles roles, string key)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(new ChangeStaffRoles(investigator.Id, roles)));

        Assert.Equal(key, Assert.Single(refusal.Problems).MessageKey);
        Assert.Equal(StaffRoles.IntakeInvestigator, (await deployment.UserAsync(investigator.Id)).Roles);
    }

    [Fact]
    public async Task DisablingAMemberEndsTheirSessionsAndDeletesEveryWrapTheyHold()
    {
        var colleague = await deployment.AddMemberAsync(organisation, StaffRoles.IntakeInvestigator);
        var channel = await deployment.AddChannelAsync(organisation);
        var first = await deployment.AddTipAsync(channel, investigator, colleague);
        var second = await deployment.AddTipAsync(channel, investigator);
        var routedElsewhere = await deployment.AddTipAsync(channel, investigator);
        await deployment.RouteAsync(routedElsewhere, investigator, otherOrganisation, stranger);
        await deployment.AddSessionAsync(investigator.Id);
        await deployment.AddSessionAsync(investigator.Id);
        await deployment.AddSessionAsync(colleague.Id);

        await SendAsync(new DisableStaffMember(investigator.Id));

        Assert.True((await deployment.UserAsync(investigator.Id)).IsDisabled);
        Assert.Equal(0, await deployment.WrapsOfAsync(investigator.Id));
        Assert.Equal(0, await deployment.SessionsOfAsync(investigator.Id));
        Assert.Equal([colleague.Id], await deployment.HoldersOfAsync(first.Id));
        Assert.Empty(await deployment.HoldersOfAsync(second.Id));
        Assert.Equal([stranger.Id], await deployment.HoldersOfAsync(routedElsewhere.Id));
        Assert.Equal(1, await deployment.SessionsOfAsync(colleague.Id));
        var entry = (await deployment.AuditEntriesAsync())[^1];
        Assert.Equal(("staff.disable", investigator.Id.ToString("D")), (entry.Action, entry.ObjectId));
    }

    [Fact]
    public async Task AnAdministratorCannotDisableThemselves()
    {
        var second = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(new DisableStaffMember(administrator.Id)));

        Assert.Equal(DisableStaffMemberValidator.Self, Assert.Single(refusal.Problems).MessageKey);
        Assert.False((await deployment.UserAsync(administrator.Id)).IsDisabled);
        Assert.False((await deployment.UserAsync(second.Id)).IsDisabled);
    }

    [Fact]
    public async Task EnablingLetsTheMemberBackWithoutTheirOldWraps()
    {
        var tip = await deployment.AddTipAsync(await deployment.AddChannelAsync(organisation), investigator);
        await SendAsync(new DisableStaffMember(investigator.Id));

        await SendAsync(new EnableStaffMember(investigator.Id));

        Assert.False((await deployment.UserAsync(investigator.Id)).IsDisabled);
        Assert.Empty(await deployment.HoldersOfAsync(tip.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(investigator.Actor, m => m.Send(new OpenTipKeyProbe(tip.Id))));
        Assert.Equal("staff.enable", (await deployment.AuditEntriesAsync())[^1].Action);
    }

    [Fact]
    public async Task ResettingTheSecondFactorMakesTheMemberEnrolAgainAndEndsTheirSessions()
    {
        await host.WithDatabaseAsync(async db =>
        {
            var user = await db.StaffUsers.SingleAsync(u => u.Id == investigator.Id);
            user.EnrolSecondFactor([1, 2, 3]);
            user.ReplaceRecoveryCodes(["aa", "bb"]);
            return await db.SaveChangesAsync();
        });
        await deployment.AddSessionAsync(investigator.Id);

        await SendAsync(new ResetSecondFactor(investigator.Id));

        var user = await deployment.UserAsync(investigator.Id);
        Assert.Null(user.SealedTotpSecret);
        Assert.Empty(user.UnusedRecoveryCodeHashes);
        Assert.Equal(0, await deployment.SessionsOfAsync(investigator.Id));
        Assert.Equal("staff.secondFactor.reset", (await deployment.AuditEntriesAsync())[^1].Action);
    }

    [Theory]
    [MemberData(nameof(MemberCommands))]
    public async Task AnotherOrganisationsMemberIsNotFoundAndUntouched(string command)
    {
        await deployment.AddSessionAsync(stranger.Id);
        var tip = await deployment.AddTipAsync(await deployment.AddChannelAsync(otherOrganisation), stranger);

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(CommandFor(command, stranger.Id)));

        var untouched = await deployment.UserAsync(stranger.Id);
        Assert.Equal((StaffRoles.IntakeInvestigator, false), (untouched.Roles, untouched.IsDisabled));
        Assert.Equal(1, await deployment.SessionsOfAsync(stranger.Id));
        Assert.Equal([stranger.Id], await deployment.HoldersOfAsync(tip.Id));
        Assert.Empty(await deployment.AuditEntriesAsync());
    }

    [Theory]
    [MemberData(nameof(MemberCommands))]
    public async Task AMemberThatDoesNotExistIsNotFound(string command)
    {
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(CommandFor(command, Guid.NewGuid())));
    }

    [Theory]
    [MemberData(nameof(MemberCommands))]
    public async Task OnlyAdministratorsMayManageMembers(string command)
    {
        await deployment.AddSessionAsync(investigator.Id);
        var nonAdministrator = new TestActor(administrator.Id, organisation, StaffRoles.IntakeInvestigator | StaffRoles.Auditor | StaffRoles.Prosecutor);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(nonAdministrator, m => m.Send(CommandFor(command, investigator.Id))));

        Assert.Equal(1, await deployment.SessionsOfAsync(investigator.Id));
        Assert.Empty(await deployment.AuditEntriesAsync());
    }

    [Fact]
    public async Task OnlyAdministratorsMayListStaff()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator.Actor, m => m.Send(new ListStaff())));
    }

    public async Task InitializeAsync()
    {
        organisation = await deployment.AddOrganisationAsync("Wildlife Intake");
        otherOrganisation = await deployment.AddOrganisationAsync("Gabon Wildlife Police", OrganisationType.WildlifePolice);
        administrator = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
        investigator = await deployment.AddMemberAsync(organisation, StaffRoles.IntakeInvestigator);
        stranger = await deployment.AddMemberAsync(otherOrganisation, StaffRoles.IntakeInvestigator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static ICommand<Unit> CommandFor(string name, Guid userId) => name switch
    {
        "ChangeStaffRoles" => new ChangeStaffRoles(userId, StaffRoles.Auditor),
        "DisableStaffMember" => new DisableStaffMember(userId),
        "EnableStaffMember" => new EnableStaffMember(userId),
        "ResetSecondFactor" => new ResetSecondFactor(userId),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private Task<Unit> SendAsync(ICommand<Unit> command) => host.SendAsync(administrator.Actor, m => m.Send(command));
}
