using TipLine.Application.Cases.CreateCaseFromTips;
using TipLine.Application.Cases.ListCases;
using TipLine.Application.Routing.WithdrawRouting;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Cases;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Cases;

/// <summary>
/// The case list's scoping on both providers the list's query is tuned for: an organisation lists the cases it owns
/// and those routed to it, each once, newest first, and nothing else, whatever the filter.
/// </summary>
public sealed class ListCasesVisibilityPartsTests
{
    [Fact]
    public async Task Each_organisation_lists_its_own_cases_and_those_routed_to_it_on_SQLite()
    {
        await using var world = await CaseWorld.CreateAsync();
        await AssertScopingAsync(world);
    }

    [PostgresFact]
    public async Task Each_organisation_lists_its_own_cases_and_those_routed_to_it_on_PostgreSQL()
    {
        await using var host = ApplicationHost.OnPostgres(TestEnvironment.PostgresConnectionString!);
        await using var world = await CaseWorld.SeedAsync(host);
        await AssertScopingAsync(world);
    }

    private static async Task AssertScopingAsync(CaseWorld world)
    {
        var untriaged = await world.OpenCaseAsync();
        var triaged = await world.OpenTriagedCaseAsync();
        var toPolice = await world.OpenRoutedCaseAsync(world.Police);
        var toBoth = await world.OpenRoutedCaseAsync(world.Police, world.Prosecution);
        var withdrawn = await world.OpenRoutedCaseAsync(world.Prosecution, world.Police);
        await world.As(world.Investigator, m => m.Send(new WithdrawRouting(withdrawn.Id, world.Prosecution)));
        var toCustoms = await world.OpenRoutedCaseAsync(world.Customs);
        var customsTip = await world.SubmitTipAsync(world.CustomsChannel);
        var customsOwn = await world.As(world.CustomsInvestigator, m => m.Send(new CreateCaseFromTips([customsTip])));

        var all = new[] { untriaged, triaged, toPolice, toBoth, withdrawn, toCustoms }.Select(c => c.Id).Order().ToList();
        var owner = await world.As(world.Investigator, m => m.Send(new ListCases()));
        Assert.Equal(all, owner.Rows.Select(r => r.Id).Order());
        Assert.Equal(all.Count, owner.Total);
        Assert.All(owner.Rows, r => Assert.True(r.Owned));

        var police = await world.As(world.PoliceOfficer, m => m.Send(new ListCases()));
        Assert.Equal(new[] { toPolice.Id, toBoth.Id, withdrawn.Id }.Order(), police.Rows.Select(r => r.Id).Order());
        Assert.Equal(3, police.Total);
        Assert.All(police.Rows, r => Assert.False(r.Owned));

        var prosecution = await world.As(world.Prosecutor, m => m.Send(new ListCases()));
        Assert.Equal(toBoth.Id, Assert.Single(prosecution.Rows).Id);
        Assert.Equal(1, prosecution.Total);

        // Both parts at once, merged in the list's order (every case here was opened the same day, so by id).
        var customs = await world.As(world.CustomsInvestigator, m => m.Send(new ListCases()));
        Assert.Equal(new[] { toCustoms.Id, customsOwn.Id }.Order(), customs.Rows.Select(r => r.Id));
        Assert.Equal(2, customs.Total);
        Assert.False(customs.Rows.Single(r => r.Id == toCustoms.Id).Owned);
        Assert.True(customs.Rows.Single(r => r.Id == customsOwn.Id).Owned);
        var pastTheEnd = await world.As(world.CustomsInvestigator, m => m.Send(new ListCases(Page: 2)));
        Assert.Empty(pastTheEnd.Rows);
        Assert.Equal(2, pastTheEnd.Total);

        var platform = await world.As(world.PlatformOfficer, m => m.Send(new ListCases()));
        Assert.Empty(platform.Rows);
        Assert.Equal(0, platform.Total);

        // The same scoping under the filters the list page offers (the triaged cases are FR and GA, urgency high).
        var filtered = await world.As(world.PoliceOfficer, m => m.Send(new ListCases(Status: CaseStatus.Routed, Urgency: Urgency.High, Country: "ga")));
        Assert.Equal(new[] { toPolice.Id, toBoth.Id, withdrawn.Id }.Order(), filtered.Rows.Select(r => r.Id).Order());
        var ownerFiltered = await world.As(world.Investigator, m => m.Send(new ListCases(Status: CaseStatus.Triaged, Country: "GA")));
        Assert.Equal(triaged.Id, Assert.Single(ownerFiltered.Rows).Id);
        var otherCountry = await world.As(world.Prosecutor, m => m.Send(new ListCases(Country: "CM")));
        Assert.Equal(0, otherCountry.Total);
    }
}
