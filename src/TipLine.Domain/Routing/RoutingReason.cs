namespace TipLine.Domain.Routing;

/// <summary>One reason a rule suggests its target for a case, with the value that matched (a country code, a taxon...).</summary>
public sealed record RoutingReason(RoutingCriterion Criterion, string Value);
