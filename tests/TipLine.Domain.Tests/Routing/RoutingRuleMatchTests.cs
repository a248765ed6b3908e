using TipLine.Domain.Cases;
using TipLine.Domain.Routing;

namespace TipLine.Domain.Tests.Routing;

public sealed class RoutingRuleMatchTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public void A_rule_matches_when_every_criterion_it_sets_matches_and_says_which()
    {
        var rule = Rule(country: "GA", taxonGroup: "Testudinidae", appendix: CitesAppendix.II, platform: "Marketbook", minimumUrgency: Urgency.High);

        var reasons = rule.Match(TriagedCase("Testudo graeca", CitesAppendix.II, "marketbook", "FR,GA", Urgency.Immediate), []);

        Assert.Equal(
            [
                new RoutingReason(RoutingCriterion.Country, "GA"),
                new RoutingReason(RoutingCriterion.TaxonGroup, "Testudinidae"),
                new RoutingReason(RoutingCriterion.Appendix, "II"),
                new RoutingReason(RoutingCriterion.Platform, "Marketbook"),
                new RoutingReason(RoutingCriterion.Urgency, "High"),
            ],
            reasons);
    }

    [Theory]
    [InlineData("CM", null, null, null, null)]
    [InlineData(null, "Pythonidae", null, null, null)]
    [InlineData(null, null, CitesAppendix.I, null, null)]
    [InlineData(null, null, null, "Other platform", null)]
    [InlineData(null, null, null, null, Urgency.Immediate)]
    public void One_criterion_that_does_not_match_is_enough_to_refuse(string? country, string? taxonGroup, CitesAppendix? appendix, string? platform, Urgency? minimumUrgency)
    {
        var rule = Rule(country, taxonGroup, appendix, platform, minimumUrgency);

        Assert.Null(rule.Match(TriagedCase("Testudo graeca", CitesAppendix.II, "Marketbook", "FR,GA", Urgency.High), ["GQ"]));
    }

    [Fact]
    public void The_country_criterion_also_matches_a_case_country_in_the_target_jurisdiction()
    {
        var reasons = Rule(country: "CM").Match(TriagedCase("Testudo graeca", CitesAppendix.II, null, "FR,GA", Urgency.Normal), ["GA", "GQ"]);

        Assert.Equal([new RoutingReason(RoutingCriterion.Jurisdiction, "GA")], reasons);
    }

    [Fact]
    public void A_taxon_group_never_matches_an_untriaged_case_without_taxon()
    {
        Assert.Null(Rule(taxonGroup: "Reptilia").Match(new Case(Guid.NewGuid(), Guid.NewGuid(), "TL-2026-00001", Day), []));
    }

    [Fact]
    public void A_rule_without_criteria_matches_every_case()
    {
        var reasons = Rule().Match(new Case(Guid.NewGuid(), Guid.NewGuid(), "TL-2026-00001", Day), []);

        Assert.Equal([new RoutingReason(RoutingCriterion.AnyCase, string.Empty)], reasons);
    }

    private static RoutingRule Rule(string? country = null, string? taxonGroup = null, CitesAppendix? appendix = null, string? platform = null, Urgency? minimumUrgency = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), country, taxonGroup, appendix, platform, minimumUrgency, Day);

    private static Case TriagedCase(string taxon, CitesAppendix appendix, string? platform, string countries, Urgency urgency)
    {
        var @case = new Case(Guid.NewGuid(), Guid.NewGuid(), "TL-2026-00001", Day);
        @case.Triage(taxon, appendix, platform, countries, ShipmentMethods.Post, urgency);
        return @case;
    }
}
