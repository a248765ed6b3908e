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

    /// <summary>
    /// Pages print the whole list inline only up to this many taxa: the full CITES index (about 40,000) would make every
    /// intake page several megabytes, too heavy over Tor. Beyond it the list is browsed by initial letter.
    /// </summary>
    public const int InlineLimit = 300;

    public bool FitsInline => All.Count <= InlineLimit;

    /// <summary>Taxa whose scientific name starts with <paramref name="letter"/> (case-insensitive), in list order.</summary>
    public IReadOnlyList<CatalogueTaxon> StartingWith(char letter) =>
        All.Where(t => t.ScientificName.Length > 0 && char.ToUpperInvariant(t.ScientificName[0]) == char.ToUpperInvariant(letter)).ToList();

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
