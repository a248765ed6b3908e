using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Organisations.UpdateOrganisation;
using TipLine.Application.Routing.CreateRoutingRule;
using TipLine.Application.Routing.DeleteRoutingRule;
using TipLine.Application.Routing.ListRoutingRules;
using TipLine.Application.Staff.AcceptInvitation;
using TipLine.Application.Staff.ChangeStaffRoles;
using TipLine.Application.Staff.CountPendingAccess;
using TipLine.Application.Staff.DisableStaffMember;
using TipLine.Application.Staff.InviteStaffMember;
using TipLine.Application.Staff.ListStaff;
using TipLine.Application.Staff.ReadInvitation;
using TipLine.Application.Staff.ShareAccessWithColleagues;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Crypto.Keys;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Administration;

/// <summary>The administration use cases on PostgreSQL, whose SQL (subqueries in bulk deletes, list parameters, locks) differs from SQLite's.</summary>
public sealed class AdministrationOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public async Task AnInviteeJoinsWithAKeyPairTheirPasswordAndRecoveryKeyUnlock()
    {
        var deployment = new Deployment(Host);
        var organisation = await deployment.AddOrganisationAsync("Wildlife Intake");
        var administrator = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
        var issued = await Host.SendAsync(administrator.Actor, m => m.Send(new InviteStaffMember("Newcomer", "Newcomer", StaffRoles.IntakeInvestigator)));
        Assert.Equal("newcomer", (await Host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(issued.Token)))).UserName);

        var joined = await Host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, Deployment.Password, Deployment.Password)));

        var user = await deployment.UserAsync(joined.UserId);
        using (var unlocked = StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, Deployment.Password))
        using (var recovered = StaffKeyring.UnlockWithRecoveryKey(user.RecoveryWrappedPrivateKey, joined.RecoveryKey))
        {
            Assert.Equal([user.PublicKey, user.PublicKey], [unlocked.Recipient.ToString(), recovered.Recipient.ToString()]);
        }

        var list = await Host.SendAsync(administrator.Actor, m => m.Send(new ListStaff()));
        Assert.Contains(list.Members, member => member.Id == joined.UserId && member.Roles == StaffRoles.IntakeInvestigator);
        Assert.Empty(list.Invitations);
        Assert.True((await Host.VerifyAuditChainAsync()).IsIntact);
    }

    [PostgresFact]
    public async Task AccessIsSharedWithExactlyTheEntitledColleaguesAndEndsWithTheRoleOrTheAccount()
    {
        var deployment = new Deployment(Host);
        var intake = await deployment.AddOrganisationAsync("Wildlife Intake");
        var police = await deployment.AddOrganisationAsync("Gabon Wildlife Police", OrganisationType.WildlifePolice);
        var administrator = await deployment.AddMemberAsync(intake, StaffRoles.Administrator);
        var holder = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);
        var newcomer = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);
        var officer = await deployment.AddMemberAsync(police, StaffRoles.EnforcementOfficer);
        var stranger = await deployment.AddMemberAsync(police, StaffRoles.IntakeInvestigator);
        var channel = await deployment.AddChannelAsync(intake);
        var first = await deployment.AddTipAsync(channel, holder);
        var second = await deployment.AddTipAsync(channel, holder);
        await deployment.RouteAsync(second, holder, police, officer);
        Assert.Equal(2, (await Host.SendAsync(administrator.Actor, m => m.Send(new CountPendingAccess()))).Total);

        Assert.Equal(new SharedAccess(2, false), await Host.SendAsync(holder.Actor, m => m.Send(new ShareAccessWithColleagues())));

        Assert.Equal(first.PublicKey, await Host.SendAsync(newcomer.Actor, m => m.Send(new OpenTipKeyProbe(first.Id))));
        Assert.Equal(0, (await Host.SendAsync(administrator.Actor, m => m.Send(new CountPendingAccess()))).Total);
        Assert.Equal(0, await deployment.WrapsOfAsync(stranger.Id));

        await Host.SendAsync(administrator.Actor, m => m.Send(new ChangeStaffRoles(newcomer.Id, StaffRoles.Auditor)));
        Assert.Equal(0, await deployment.WrapsOfAsync(newcomer.Id));

        await deployment.AddSessionAsync(holder.Id);
        await Host.SendAsync(administrator.Actor, m => m.Send(new DisableStaffMember(holder.Id)));
        Assert.Equal(0, await deployment.WrapsOfAsync(holder.Id));
        Assert.Equal(0, await deployment.SessionsOfAsync(holder.Id));
        Assert.Equal([officer.Id], await deployment.HoldersOfAsync(second.Id));
    }

    [PostgresFact]
    public async Task RoutingRulesAndOrganisationDetailsAreKeptPerOrganisation()
    {
        var deployment = new Deployment(Host);
        var intake = await deployment.AddOrganisationAsync("Wildlife Intake");
        var police = await deployment.AddOrganisationAsync("Gabon Wildlife Police", OrganisationType.WildlifePolice);
        var administrator = await deployment.AddMemberAsync(intake, StaffRoles.Administrator);
        var investigator = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);

        var rule = await Host.SendAsync(administrator.Actor, m => m.Send(new CreateRoutingRule(police, "GA", "Testudinidae", CitesAppendix.II, null, Urgency.High)));
        await Host.SendAsync(administrator.Actor, m => m.Send(new UpdateOrganisation(police, "Gabon Police", OrganisationType.WildlifePolice, ["GA", "CM"], null)));

        var listed = Assert.Single(await Host.SendAsync(investigator.Actor, m => m.Send(new ListRoutingRules())));
        Assert.Equal((rule, "Gabon Police", CitesAppendix.II, (Urgency?)Urgency.High), (listed.Id, listed.TargetOrganisationName, listed.Appendix, listed.MinimumUrgency));
        var organisations = await Host.SendAsync(administrator.Actor, m => m.Send(new ListOrganisations()));
        Assert.Equal(["CM", "GA"], organisations.Single(o => o.Id == police).Jurisdictions);
        await Host.SendAsync(administrator.Actor, m => m.Send(new DeleteRoutingRule(rule)));
        Assert.Empty(await Host.SendAsync(investigator.Actor, m => m.Send(new ListRoutingRules())));
    }

    [PostgresFact]
    public Task TwoAdministratorsDisablingEachOtherAtOnceLeaveOneAdministrator() =>
        ConcurrentAdministration.AssertMutualDisablingLeavesOneAdministratorAsync(Host);

    [PostgresFact]
    public Task AnInvitationAcceptedTwiceAtOnceMakesOneAccount() =>
        ConcurrentAdministration.AssertAnInvitationSentTwiceAtOnceMakesOneAccountAsync(Host);
}
