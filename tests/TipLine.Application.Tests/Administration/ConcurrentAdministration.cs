using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Staff;
using TipLine.Application.Staff.AcceptInvitation;
using TipLine.Application.Staff.DisableStaffMember;
using TipLine.Application.Staff.InviteStaffMember;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Administration;

/// <summary>Administration requests that race one another, sent at once in their own scopes as simultaneous HTTP requests would be.</summary>
internal static class ConcurrentAdministration
{
    /// <summary>Two administrators disabling each other at the same moment: one wins, the other is refused, one administrator remains.</summary>
    public static async Task AssertMutualDisablingLeavesOneAdministratorAsync(ApplicationHost host)
    {
        var deployment = new Deployment(host);
        var organisation = await deployment.AddOrganisationAsync("Wildlife Intake");
        var first = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
        var second = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);

        var outcomes = await Task.WhenAll(
            Outcome(() => host.SendAsync(first.Actor, m => m.Send(new DisableStaffMember(second.Id)))),
            Outcome(() => host.SendAsync(second.Actor, m => m.Send(new DisableStaffMember(first.Id)))));

        Assert.Single(outcomes, outcome => outcome is null);
        var refusal = Assert.IsType<RequestValidationException>(Assert.Single(outcomes, outcome => outcome is not null));
        Assert.Equal(OrganisationStaff.LastAdministrator, Assert.Single(refusal.Problems).MessageKey);
        var disabled = new[] { await deployment.UserAsync(first.Id), await deployment.UserAsync(second.Id) }.Count(u => u.IsDisabled);
        Assert.Equal(1, disabled);
        Assert.Single(await deployment.AuditEntriesAsync());
    }

    /// <summary>The join form sent twice at once (a double click): one account, and the second request is "not found".</summary>
    public static async Task AssertAnInvitationSentTwiceAtOnceMakesOneAccountAsync(ApplicationHost host)
    {
        var deployment = new Deployment(host);
        var organisation = await deployment.AddOrganisationAsync("Wildlife Intake");
        var administrator = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
        var issued = await host.SendAsync(administrator.Actor, m => m.Send(new InviteStaffMember("double.click", "Double Click", StaffRoles.IntakeInvestigator)));
        const string password = "twice the same passphrase";

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            Outcome(() => host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, password, password))))));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.IsType<NotFoundException>(Assert.Single(outcomes, outcome => outcome is not null));
        var user = await host.WithDatabaseAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.UserName == "double.click"));
        Assert.Equal(user.Id, (await host.WithDatabaseAsync(db => db.StaffInvitations.AsNoTracking().SingleAsync())).AcceptedAsUserId);
        Assert.Single(await deployment.AuditEntriesAsync(), e => e.Action == "staff.join");
    }

    private static async Task<Exception?> Outcome<T>(Func<Task<T>> send)
    {
        try
        {
            await Task.Run(send);
            return null;
        }
        catch (Exception error) when (error is RequestValidationException or NotFoundException)
        {
            return error;
        }
    }
}
