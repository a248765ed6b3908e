using System.Collections.Frozen;

namespace TipLine.Domain.Catalogue;

/// <summary>
/// Which higher taxa a taxon belongs to, read once from the embedded higher-taxa.tsv, so a routing rule for a group
/// ("Testudinidae", "Psittaciformes") matches a case about any taxon inside it. Names compare ignoring case.
/// </summary>
public static class TaxonHierarchy
{
    public const string ResourceName = "TipLine.Domain.Catalogue.higher-taxa.tsv";

    private static readonly string[] Columns = ["taxon", "parent"];

    private static readonly Lazy<FrozenDictionary<string, string>> Parents = new(Load);

    /// <summary>
    /// The taxa above <paramref name="taxon"/>, nearest first: for a species its genus (the first word of its name),
    /// then each parent the table gives. A taxon the table does not know has only what its name says.
    /// </summary>
    public static IReadOnlyList<string> AncestorsOf(string taxon)
    {
        var name = ScientificName.Normalise(taxon);
        var ancestors = new List<string>();
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var current = space > 0 ? name[..space] : name;
        if (space > 0)
        {
            ancestors.Add(current);
        }

        // The table is checked for cycles when loaded, so this walk ends.
        while (Parents.Value.TryGetValue(current, out var parent))
        {
            ancestors.Add(parent);
            current = parent;
        }

        return ancestors;
    }

    /// <summary>Whether <paramref name="taxon"/> is <paramref name="group"/> itself or lies anywhere inside it.</summary>
    public static bool IsWithin(string taxon, string group)
    {
        var groupName = ScientificName.Normalise(group);
        if (groupName.Length == 0)
        {
            return false;
        }

        return string.Equals(ScientificName.Normalise(taxon), groupName, StringComparison.OrdinalIgnoreCase)
            || AncestorsOf(taxon).Contains(groupName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads a higher-taxa table; public so a replacement table can be checked before it is shipped.</summary>
    /// <exception cref="FormatException">A line is malformed, a taxon has two parents, or parents form a cycle.</exception>
    public static IReadOnlyDictionary<string, string> Parse(TextReader reader)
    {
        var parents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in TsvTable.Read(reader, Columns, optionalTrailingColumns: 0))
        {
            var (taxon, parent) = (row.Fields[0], row.Fields[1]);
            if (taxon.Length == 0 || parent.Length == 0)
            {
                throw row.Error("both the taxon and its parent are needed.");
            }

            if (!parents.TryAdd(taxon, parent))
            {
                throw row.Error($"'{taxon}' already has a parent.");
            }
        }

        foreach (var start in parents.Keys)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
            for (var current = start; parents.TryGetValue(current, out var parent); current = parent)
            {
                if (!seen.Add(parent))
                {
                    throw new FormatException($"The parents of '{start}' form a cycle through '{parent}'.");
                }
            }
        }

        return parents;
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var reader = CatalogueResource.Open(ResourceName);
        return Parse(reader).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
