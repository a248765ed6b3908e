using System.Collections.Frozen;

namespace TipLine.Domain.Catalogue;

/// <summary>
/// The taxa offered by the intake form, read once from the embedded species.tsv. Whatever a whistleblower picks is
/// only a hint for triage: the appendix shown is as known when the table was last reviewed.
/// </summary>
public static class SpeciesCatalogue
{
    private static readonly Lazy<IReadOnlyList<CatalogueTaxon>> Taxa = new(Load);

    private static readonly Lazy<FrozenDictionary<string, CatalogueTaxon>> ByScientificName =
        new(() => Taxa.Value.ToFrozenDictionary(t => t.ScientificName, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<CatalogueTaxon> All => Taxa.Value;

    /// <summary>
    /// Finds a taxon by scientific name, ignoring case and extra spaces; a trailing "spp." (the CITES way of
    /// naming every species of a higher taxon, as in "Manis spp.") finds the higher taxon itself.
    /// </summary>
    public static CatalogueTaxon? Find(string scientificName)
    {
        ArgumentNullException.ThrowIfNull(scientificName);
        return ByScientificName.Value.GetValueOrDefault(ScientificName.Normalise(scientificName));
    }

    private static IReadOnlyList<CatalogueTaxon> Load()
    {
        using var reader = CatalogueResource.Open(SpeciesTable.ResourceName);
        return SpeciesTable.Parse(reader);
    }
}
