using System.Text;
using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;

namespace TipLine.Cli.Catalogue;

/// <summary>A data row of the CSV that was left out, and why.</summary>
internal sealed record RejectedRow(int LineNumber, string Reason);

/// <summary>The taxa read from a CITES index export and the rows that were not usable.</summary>
internal sealed record CitesIndexImport(IReadOnlyList<CatalogueTaxon> Taxa, IReadOnlyList<RejectedRow> Rejected);

/// <summary>
/// Reads the "Index of CITES Species" CSV an operator downloads from the CITES checklist / Species+. Columns are found
/// by header name in any order (extra ones are ignored); FullName, RankName and CurrentListing are required, the
/// English, French and Spanish common names are used when present. Every row is checked on its own, so one bad row
/// never hides the others.
/// </summary>
internal static class CitesSpeciesIndex
{
    private const string NameColumn = "full name";
    private const string RankColumn = "rank";
    private const string ListingColumn = "listing";
    private const string EnglishColumn = "English name";
    private const string FrenchColumn = "French name";
    private const string SpanishColumn = "Spanish name";

    // Header names compare lower-case with spaces, '_' and '-' removed, so "Full Name" and "full_name" both match.
    private static readonly Dictionary<string, string> HeaderAliases = new(StringComparer.Ordinal)
    {
        ["fullname"] = NameColumn,
        ["scientificname"] = NameColumn,
        ["taxonname"] = NameColumn,
        ["rankname"] = RankColumn,
        ["rank"] = RankColumn,
        ["currentlisting"] = ListingColumn,
        ["listing"] = ListingColumn,
        ["english"] = EnglishColumn,
        ["englishnames"] = EnglishColumn,
        ["englishname"] = EnglishColumn,
        ["french"] = FrenchColumn,
        ["frenchnames"] = FrenchColumn,
        ["frenchname"] = FrenchColumn,
        ["spanish"] = SpanishColumn,
        ["spanishnames"] = SpanishColumn,
        ["spanishname"] = SpanishColumn,
    };

    private static readonly Dictionary<string, TaxonRank> Ranks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SPECIES"] = TaxonRank.Species,
        ["SUBSPECIES"] = TaxonRank.Subspecies,
        ["VARIETY"] = TaxonRank.Variety,
        ["GENUS"] = TaxonRank.Genus,
        ["FAMILY"] = TaxonRank.Family,
        ["ORDER"] = TaxonRank.Order,
        ["CLASS"] = TaxonRank.Class,
    };

    /// <exception cref="FormatException">
    /// The file cannot be used at all: no header, a required column missing or named twice, or an unclosed quote.
    /// </exception>
    public static CitesIndexImport Parse(TextReader reader)
    {
        using var records = CsvRecords.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("The file is empty.");
        }

        var columns = MapHeader(records.Current);
        var taxa = new List<CatalogueTaxon>();
        var rejected = new List<RejectedRow>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (records.MoveNext())
        {
            var record = records.Current;
            string Field(string column) =>
                columns.TryGetValue(column, out var index) && index < record.Fields.Count ? Clean(record.Fields[index]) : string.Empty;

            var reason = ToTaxon(Field, out var taxon);
            if (reason is null && firstLineOf.TryGetValue(taxon!.ScientificName, out var first))
            {
                reason = $"'{taxon.ScientificName}' already appears on line {first}.";
            }

            if (reason is not null)
            {
                rejected.Add(new RejectedRow(record.LineNumber, reason));
                continue;
            }

            firstLineOf.Add(taxon!.ScientificName, record.LineNumber);
            taxa.Add(taxon);
        }

        return new CitesIndexImport(taxa, rejected);
    }

    private static Dictionary<string, int> MapHeader(CsvRecord header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            // A UTF-8 byte order mark the reader did not strip would otherwise hide the first column's name.
            var key = new string(header.Fields[index].TrimStart('\uFEFF').Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            if (HeaderAliases.TryGetValue(key, out var column) && !columns.TryAdd(column, index))
            {
                throw new FormatException($"Line {header.LineNumber}: the header has two {column} columns.");
            }
        }

        var missing = new[] { NameColumn, RankColumn, ListingColumn }.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException(
                $"Line {header.LineNumber}: the header has no {string.Join(", ", missing)} column (expected FullName, RankName and CurrentListing).");
        }

        return columns;
    }

    private static string? ToTaxon(Func<string, string> field, out CatalogueTaxon? taxon)
    {
        taxon = null;
        var name = field(NameColumn);
        if (name.Length == 0)
        {
            return "the name (FullName) is empty.";
        }

        if (!char.IsLetter(name[0]))
        {
            return $"'{name}' is not a scientific name.";
        }

        var rankText = field(RankColumn);
        if (!Ranks.TryGetValue(rankText, out var rank))
        {
            return $"the rank '{rankText}' is unknown (expected {string.Join(", ", Ranks.Keys)}).";
        }

        var listingText = field(ListingColumn);
        if (!TryParseListing(listingText, out var appendix, out var notes))
        {
            return $"the listing '{listingText}' is not a CITES listing (I, II, III, NC or a combination such as I/II).";
        }

        var english = FirstNonEmpty(field(EnglishColumn), name);
        taxon = new CatalogueTaxon(
            name,
            rank,
            appendix,
            new LocalisedNames(english, FirstNonEmpty(field(FrenchColumn), english), FirstNonEmpty(field(SpanishColumn), english)),
            notes);
        return null;
    }

    private static bool TryParseListing(string text, out CitesAppendix? appendix, out string notes)
    {
        appendix = null;
        notes = string.Empty;
        var parts = text.ToUpperInvariant().Split('/', StringSplitOptions.TrimEntries);
        if (text.Length == 0 || parts.Any(p => p is not ("I" or "II" or "III" or "NC")) || parts.Distinct().Count() != parts.Length)
        {
            return false;
        }

        var joined = string.Join('/', parts);
        switch (joined)
        {
            case "I":
                appendix = CitesAppendix.I;
                break;
            case "II":
                appendix = CitesAppendix.II;
                break;
            case "III":
                appendix = CitesAppendix.III;
                break;
            case "NC":
                notes = "not listed: NC in the CITES index (not in the appendices).";
                break;
            default:
                notes = $"split listing: {joined} in the CITES index; check which population or part is concerned.";
                break;
        }

        return true;
    }

    private static string FirstNonEmpty(string value, string fallback) => value.Length > 0 ? value : fallback;

    // The species table is tab-separated and line-based and refuses surrounding whitespace, so any run of
    // whitespace or control characters becomes one space.
    private static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }
}
