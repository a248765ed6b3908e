using TipLine.Domain.Cases;

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
}
