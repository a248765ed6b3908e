using TipLine.Application.Deadlines;
using TipLine.Application.Deadlines.ListDueDeadlines;
using TipLine.Application.Errors;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Oversight;

public sealed class DueDeadlinesTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();
    private readonly OversightWorld world;

    public DueDeadlinesTests() => world = new OversightWorld(host);

    [Fact]
    public async Task OverdueAndComingDeadlinesOfVisibleTipsAreListedEarliestFirst()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var elsewhere = await world.OrganisationAsync("Other NGO");
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var otherChannel = await world.ChannelAsync(elsewhere, "other");
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var overdue = await world.TipAsync(channel, Today.AddDays(-10));
        var soon = await world.TipAsync(channel, Today.AddDays(-70), acknowledgedOn: Today.AddDays(-70));
        await world.TipAsync(channel, Today.AddDays(-30), acknowledgedOn: Today.AddDays(-30));
        await world.TipAsync(channel, Today.AddDays(-200), acknowledgedOn: Today.AddDays(-200), feedbackOn: Today.AddDays(-150));
        await world.TipAsync(otherChannel, Today.AddDays(-10));
        var caseId = await world.CaseAsync(ngo, channel, Today.AddDays(-9), null, overdue);

        var due = await host.SendAsync(investigator, m => m.Send(new ListDueDeadlines()));

        Assert.Equal(Today, due.Today);
        var rows = due.Deadlines.Items;
        Assert.Equal(
            new[] { (overdue, DeadlineKind.Acknowledgement, Today.AddDays(-3), true), (soon, DeadlineKind.Feedback, Today.AddDays(-70).AddMonths(3), false) },
            rows.Select(r => (r.TipId, r.Kind, r.DueOn, r.IsOverdue)));
        Assert.Equal(caseId, rows[0].CaseId);
        Assert.StartsWith("TL-", rows[0].CaseReference, StringComparison.Ordinal);
        Assert.Null(rows[1].CaseId);
    }

    [Fact]
    public async Task AProsecutorSeesOnlyTheTipsOfCasesRoutedToTheirOffice()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var prosecution = await world.OrganisationAsync("Prosecution office", OrganisationType.ProsecutionOffice);
        var channel = await world.ChannelAsync(ngo, "wildlife");
        var investigator = await world.StaffAsync(ngo, StaffRoles.IntakeInvestigator);
        var prosecutor = await world.StaffAsync(prosecution, StaffRoles.Prosecutor);
        var routedTip = await world.TipAsync(channel, Today.AddDays(-10));
        var keptTip = await world.TipAsync(channel, Today.AddDays(-10));
        var routed = await world.CaseAsync(ngo, channel, Today.AddDays(-9), null, routedTip);
        await world.CaseAsync(ngo, channel, Today.AddDays(-9), null, keptTip);
        await world.RouteAsync(routed, prosecution, investigator);

        var due = await host.SendAsync(prosecutor, m => m.Send(new ListDueDeadlines()));

        var row = Assert.Single(due.Deadlines.Items);
        Assert.Equal((routedTip, routed), (row.TipId, row.CaseId));
    }

    [Fact]
    public async Task AnAuditorMayNotListDeadlines()
    {
        var ngo = await world.OrganisationAsync("Wildlife NGO");
        var auditor = await world.StaffAsync(ngo, StaffRoles.Auditor);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(auditor, m => m.Send(new ListDueDeadlines())));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
