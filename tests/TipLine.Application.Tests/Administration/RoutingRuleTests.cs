using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Routing.CreateRoutingRule;
using TipLine.Application.Routing.DeleteRoutingRule;
using TipLine.Application.Routing.ListRoutingRules;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Administration;

public sealed class RoutingRuleTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly Deployment deployment;
    private Guid intake;
    private Guid police;
    private Member administrator = null!;
    private Member investigator = null!;
    private Member otherAdministrator = null!;

    public RoutingRuleTests()
    {
        deployment = new Deployment(host);
    }

    [Fact]
    public async Task AnAdministratorCreatesARuleThatTheOrganisationsInvestigatorsSee()
    {
        var id = await host.SendAsync(administrator.Actor, m => m.Send(
            new CreateRoutingRule(police, "ga", "  Testudinidae ", CitesAppendix.II, " ", Urgency.High)));

        var listed = Assert.Single(await host.SendAsync(investigator.Actor, m => m.Send(new ListRoutingRules())));
        Assert.Equal(
            new RoutingRuleSummary(id, police, "Gabon Wildlife Police", "GA", "Testudinidae", CitesAppendix.II, null, Urgency.High, DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime)),
            listed);
        var stored = await host.WithDatabaseAsync(db => db.RoutingRules.AsNoTracking().SingleAsync());
        Assert.Equal(intake, stored.OwnerOrganisationId);
        var entry = Assert.Single(await deployment.AuditEntriesAsync());
        Assert.Equal(("routing.rule.create", nameof(RoutingRule), id.ToString("D")), (entry.Action, entry.ObjectType, entry.ObjectId));
    }

    [Fact]
    public async Task ARuleWithNoCriteriaSuggestsTheTargetForEveryCase()
    {
        await host.SendAsync(administrator.Actor, m => m.Send(new CreateRoutingRule(police, null, null, null, null, null)));

        var listed = Assert.Single(await host.SendAsync(administrator.Actor, m => m.Send(new ListRoutingRules())));
        Assert.Equal((null, null, null, null, null), (listed.Country, listed.TaxonGroup, listed.Appendix, listed.Platform, listed.MinimumUrgency));
    }

    [Fact]
    public async Task EachOrganisationSeesAndDeletesOnlyItsOwnRules()
    {
        var ours = await host.SendAsync(administrator.Actor, m => m.Send(new CreateRoutingRule(police, "GA", null, null, null, null)));
        var theirs = await host.SendAsync(otherAdministrator.Actor, m => m.Send(new CreateRoutingRule(intake, "CM", null, null, null, null)));

        Assert.Equal([ours], (await host.SendAsync(administrator.Actor, m => m.Send(new ListRoutingRules()))).Select(r => r.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(administrator.Actor, m => m.Send(new DeleteRoutingRule(theirs))));
        await host.SendAsync(administrator.Actor, m => m.Send(new DeleteRoutingRule(ours)));

        Assert.Empty(await host.SendAsync(administrator.Actor, m => m.Send(new ListRoutingRules())));
        Assert.Equal([theirs], (await host.SendAsync(otherAdministrator.Actor, m => m.Send(new ListRoutingRules()))).Select(r => r.Id));
        var entry = (await deployment.AuditEntriesAsync())[^1];
        Assert.Equal(("routing.rule.delete", ours.ToString("D")), (entry.Action, entry.ObjectId));
    }

    [Fact]
    public async Task InvestigatorsMayListButNotChangeRules()
    {
        var rule = await host.SendAsync(administrator.Actor, m => m.Send(new CreateRoutingRule(police, "GA", null, null, null, null)));

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator.Actor, m => m.Send(new CreateRoutingRule(police, "CM", null, null, null, null))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator.Actor, m => m.Send(new DeleteRoutingRule(rule))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new TestActor(investigator.Id, intake, StaffRoles.Prosecutor), m => m.Send(new ListRoutingRules())));

        Assert.Equal(1, await host.WithDatabaseAsync(db => db.RoutingRules.CountAsync()));
    }

    public static TheoryData<CreateRoutingRuleShape, string, string> BadRules => new()
    {
        { new(KnownTarget: false), "TargetOrganisationId", CreateRoutingRuleValidator.TargetUnknown },
        { new(Country: "ZZ"), "Country", CreateRoutingRuleValidator.CountryUnknown },
        { new(Country: "GAB"), "Country", CreateRoutingRuleValidator.CountryUnknown },
        { new(TaxonGroup: new string('t', 201)), "TaxonGroup", CreateRoutingRuleValidator.TaxonGroupTooLong },
        { new(TaxonGroup: "Testudi\u0000nidae"), "TaxonGroup", CreateRoutingRuleValidator.TaxonGroupInvalidCharacters },
        { new(Platform: new string('p', 201)), "Platform", CreateRoutingRuleValidator.PlatformTooLong },
        { new(Platform: "Market\nplace"), "Platform", CreateRoutingRuleValidator.PlatformInvalidCharacters },
        { new(Appendix: (CitesAppendix)9), "Appendix", CreateRoutingRuleValidator.AppendixUnknown },
        { new(MinimumUrgency: (Urgency)(-1)), "MinimumUrgency", CreateRoutingRuleValidator.UrgencyUnknown },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task BadRulesAreRefusedWithTheirKeysAndNothingIsWritten(CreateRoutingRuleShape shape, string field, string key)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var request = new CreateRoutingRule(shape.KnownTarget ? police : Guid.NewGuid(), shape.Country, shape.TaxonGroup, shape.Appendix, shape.Platform, shape.MinimumUrgency);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(administrator.Actor, m => m.Send(request)));

        Assert.Equal((field, key), (Assert.Single(refusal.Problems).Field, refusal.Problems[0].MessageKey));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.RoutingRules.CountAsync()));
        Assert.Empty(await deployment.AuditEntriesAsync());
    }

    public async Task InitializeAsync()
    {
        intake = await deployment.AddOrganisationAsync("Wildlife Intake");
        police = await deployment.AddOrganisationAsync("Gabon Wildlife Police", OrganisationType.WildlifePolice);
        administrator = await deployment.AddMemberAsync(intake, StaffRoles.Administrator);
        investigator = await deployment.AddMemberAsync(intake, StaffRoles.IntakeInvestigator);
        otherAdministrator = await deployment.AddMemberAsync(police, StaffRoles.Administrator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>A rule's criteria for a theory row; the target is resolved once the deployment exists.</summary>
    public sealed record CreateRoutingRuleShape(
        bool KnownTarget = true, string? Country = "GA", string? TaxonGroup = null, CitesAppendix? Appendix = null, string? Platform = null, Urgency? MinimumUrgency = null);
}
