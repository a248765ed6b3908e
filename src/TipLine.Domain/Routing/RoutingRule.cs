using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;
using TipLine.Domain.Organisations;

namespace TipLine.Domain.Routing;

/// <summary>
/// "Cases like this go to that organisation": every criterion that is set must match the case; an unset criterion
/// matches anything. Rules only suggest; an investigator confirms each routing.
/// </summary>
public sealed class RoutingRule
{
    private RoutingRule()
    {
    }

    public RoutingRule(
        Guid id,
        Guid ownerOrganisationId,
        Guid targetOrganisationId,
        string? country,
        string? taxonGroup,
        CitesAppendix? appendix,
        string? platform,
        Urgency? minimumUrgency,
        DateOnly createdOn)
    {
        Id = id;
        OwnerOrganisationId = ownerOrganisationId;
        TargetOrganisationId = targetOrganisationId;
        Country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        TaxonGroup = string.IsNullOrWhiteSpace(taxonGroup) ? null : taxonGroup.Trim();
        Appendix = appendix;
        Platform = string.IsNullOrWhiteSpace(platform) ? null : platform.Trim();
        MinimumUrgency = minimumUrgency;
        CreatedOn = createdOn;
    }

    public Guid Id { get; private set; }

    /// <summary>The intake organisation whose investigators see the suggestion.</summary>
    public Guid OwnerOrganisationId { get; private set; }

    public Guid TargetOrganisationId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code one of the case's countries must equal.</summary>
    public string? Country { get; private set; }

    /// <summary>A higher taxon (class, order or family, e.g. "Testudinidae") the case's taxon must belong to.</summary>
    public string? TaxonGroup { get; private set; }

    public CitesAppendix? Appendix { get; private set; }

    /// <summary>Platform name the case's platform must equal (case-insensitive).</summary>
    public string? Platform { get; private set; }

    public Urgency? MinimumUrgency { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    /// <summary>
    /// Why this rule suggests its target for <paramref name="case"/>, or null when a criterion does not match.
    /// The country criterion also matches when one of the case's countries lies in the target's
    /// <paramref name="targetJurisdictions"/>: a body competent for the place is competent for the case.
    /// </summary>
    public IReadOnlyList<RoutingReason>? Match(Case @case, IReadOnlyList<string> targetJurisdictions)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(targetJurisdictions);
        var reasons = new List<RoutingReason>();
        if (Country is not null)
        {
            var caseCountries = CountryList.Split(@case.Countries);
            var jurisdiction = caseCountries.FirstOrDefault(c => targetJurisdictions.Contains(c, StringComparer.Ordinal));
            if (caseCountries.Contains(Country, StringComparer.Ordinal))
            {
                reasons.Add(new(RoutingCriterion.Country, Country));
            }
            else if (jurisdiction is not null)
            {
                reasons.Add(new(RoutingCriterion.Jurisdiction, jurisdiction));
            }
            else
            {
                return null;
            }
        }

        if (TaxonGroup is not null)
        {
            if (@case.Taxon is null || !TaxonHierarchy.IsWithin(@case.Taxon, TaxonGroup))
            {
                return null;
            }

            reasons.Add(new(RoutingCriterion.TaxonGroup, TaxonGroup));
        }

        if (Appendix is { } appendix)
        {
            if (@case.CitesAppendix != appendix)
            {
                return null;
            }

            reasons.Add(new(RoutingCriterion.Appendix, appendix.ToString()));
        }

        if (Platform is not null)
        {
            if (!string.Equals(@case.Platform?.Trim(), Platform, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            reasons.Add(new(RoutingCriterion.Platform, Platform));
        }

        if (MinimumUrgency is { } minimum)
        {
            if (@case.Urgency < minimum)
            {
                return null;
            }

            reasons.Add(new(RoutingCriterion.Urgency, minimum.ToString()));
        }

        return reasons.Count > 0 ? reasons : [new(RoutingCriterion.AnyCase, string.Empty)];
    }
}
