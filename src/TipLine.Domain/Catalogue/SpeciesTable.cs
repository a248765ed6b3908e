using TipLine.Domain.Cases;

namespace TipLine.Domain.Catalogue;

/// <summary>Parses the species table (species.tsv); public so a replacement table can be checked before it is shipped.</summary>
public static class SpeciesTable
{
    public const string ResourceName = "TipLine.Domain.Catalogue.species.tsv";

    private static readonly string[] Columns =
        ["scientific_name", "rank", "cites_appendix", "english", "french", "spanish", "notes"];

    // Written and read with the same names, so a table this class writes always parses.
    private static readonly IReadOnlyDictionary<TaxonRank, string> RankNames = new Dictionary<TaxonRank, string>
    {
        [TaxonRank.Species] = "species",
        [TaxonRank.Subspecies] = "subspecies",
        [TaxonRank.Variety] = "variety",
        [TaxonRank.Genus] = "genus",
        [TaxonRank.Family] = "family",
        [TaxonRank.Order] = "order",
        [TaxonRank.Class] = "class",
    };

    /// <exception cref="FormatException">A line is malformed, a value is unknown or a scientific name repeats.</exception>
    public static IReadOnlyList<CatalogueTaxon> Parse(TextReader reader)
    {
        var taxa = new List<CatalogueTaxon>();
        // Find is case-insensitive, so names differing only in case would make it ambiguous.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in TsvTable.Read(reader, Columns, optionalTrailingColumns: 1))
        {
            var taxon = ToTaxon(row);
            if (!seen.Add(taxon.ScientificName))
            {
                throw row.Error($"'{taxon.ScientificName}' appears twice.");
            }

            taxa.Add(taxon);
        }

        return taxa.AsReadOnly();
    }

    private static CatalogueTaxon ToTaxon(TsvRow row)
    {
        var fields = row.Fields;
        return new CatalogueTaxon(
            ScientificName: Required(row, fields[0], "scientific name"),
            Rank: ParseRank(row, fields[1]),
            CitesAppendix: ParseAppendix(row, fields[2]),
            CommonNames: new LocalisedNames(
                Required(row, fields[3], "English name"),
                Required(row, fields[4], "French name"),
                Required(row, fields[5], "Spanish name")),
            Notes: fields[6]);
    }

    private static string Required(TsvRow row, string value, string what) =>
        value.Length > 0 ? value : throw row.Error($"the {what} is empty.");

    private static TaxonRank ParseRank(TsvRow row, string value) =>
        RankNames.FirstOrDefault(pair => pair.Value == value) is { Value: not null } found
            ? found.Key
            : throw row.Error($"'{value}' is not a rank ({string.Join(", ", RankNames.Values)}).");

    // Explicit values only: Enum.Parse would also take "1" or "NotListed", which the table must never contain.
    private static CitesAppendix? ParseAppendix(TsvRow row, string value) => value switch
    {
        "" => null,
        "I" => CitesAppendix.I,
        "II" => CitesAppendix.II,
        "III" => CitesAppendix.III,
        _ => throw row.Error($"'{value}' is not a CITES appendix (I, II, III or empty)."),
    };

    /// <summary>
    /// Writes <paramref name="taxa"/> in the format <see cref="Parse"/> reads, after <paramref name="comments"/> as
    /// '#' lines. Fields must already be free of tabs, line breaks and surrounding whitespace.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<CatalogueTaxon> taxa, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(taxa);
        ArgumentNullException.ThrowIfNull(comments);
        writer.NewLine = "\n";
        foreach (var comment in comments)
        {
            writer.WriteLine("# " + comment);
        }

        writer.WriteLine(string.Join('\t', Columns));
        foreach (var taxon in taxa)
        {
            writer.WriteLine(string.Join('\t',
                taxon.ScientificName,
                RankNames[taxon.Rank],
                taxon.CitesAppendix?.ToString() ?? string.Empty,
                taxon.CommonNames.English,
                taxon.CommonNames.French,
                taxon.CommonNames.Spanish,
                taxon.Notes));
        }
    }
}
