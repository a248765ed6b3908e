namespace TipLine.Domain.Routing;

/// <summary>Which part of a routing rule made it match a case.</summary>
public enum RoutingCriterion
{
    /// <summary>The rule sets no criterion, so it matches every case of its owner.</summary>
    AnyCase = 0,
    Country = 1,

    /// <summary>One of the case's countries lies in the target organisation's jurisdiction.</summary>
    Jurisdiction = 2,
    TaxonGroup = 3,
    Appendix = 4,
    Platform = 5,
    Urgency = 6,
}
