using TipLine.Domain.Cases;

namespace TipLine.Domain.Catalogue;

/// <summary>
/// A taxon the intake form offers. <see cref="CitesAppendix"/> is null when no single appendix covers the whole
/// taxon: either it is not listed, or its species or populations sit in different appendices; <see cref="Notes"/>
/// then says which.
/// </summary>
public sealed record CatalogueTaxon(
    string ScientificName,
    TaxonRank Rank,
    CitesAppendix? CitesAppendix,
    LocalisedNames CommonNames,
    string Notes)
{
    /// <summary>The common name in the requested language, falling back to English.</summary>
    public string CommonName(string languageCode) => CommonNames.In(languageCode);
}
