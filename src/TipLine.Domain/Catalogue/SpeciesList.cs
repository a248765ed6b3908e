using System.Collections.Frozen;

namespace TipLine.Domain.Catalogue;

/// <summary>
/// One set of taxa the intake form offers and triage accepts: the built-in starter list, or a deployment's import of
/// the CITES "Index of CITES Species" (see <c>tipline species import</c>). Hosts register exactly one instance, so the
/// pick list and the triage check can never disagree.
/// </summary>
public sealed class SpeciesList
{
    private static readonly Lazy<SpeciesList> BuiltInList = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, CatalogueTaxon> byScientificName;

    private SpeciesList(IReadOnlyList<CatalogueTaxon> taxa)
    {
        All = taxa;
        byScientificName = taxa.ToFrozenDictionary(t => t.ScientificName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The small list embedded in TipLine.Domain (species.tsv), used when a deployment has imported none.</summary>
    public static SpeciesList BuiltIn => BuiltInList.Value;

    public IReadOnlyList<CatalogueTaxon> All { get; }

    /// <summary>Reads a table in the species.tsv format.</summary>
    /// <exception cref="FormatException">The table is malformed (see <see cref="SpeciesTable.Parse"/>).</exception>
    public static SpeciesList Parse(TextReader reader) => new(SpeciesTable.Parse(reader));

    /// <summary>
    /// Finds a taxon by scientific name, ignoring case and extra spaces; a trailing "spp." (the CITES way of
    /// naming every species of a higher taxon, as in "Manis spp.") finds the higher taxon itself.
    /// </summary>
    public CatalogueTaxon? Find(string scientificName)
    {
        ArgumentNullException.ThrowIfNull(scientificName);
        return byScientificName.GetValueOrDefault(ScientificName.Normalise(scientificName));
    }

    private static SpeciesList LoadBuiltIn()
    {
        using var reader = CatalogueResource.Open(SpeciesTable.ResourceName);
        return Parse(reader);
    }
}
