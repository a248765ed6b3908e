namespace TipLine.Domain.Catalogue;

/// <summary>How the catalogues compare scientific names someone typed with the names in their tables.</summary>
internal static class ScientificName
{
    /// <summary>
    /// Collapses extra spaces and drops a trailing "spp." (the CITES way of naming every species of a higher taxon,
    /// as in "Manis spp."), so the result can be looked up ignoring case.
    /// </summary>
    public static string Normalise(string scientificName)
    {
        ArgumentNullException.ThrowIfNull(scientificName);
        var words = scientificName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 1 && words[^1].TrimEnd('.').Equals("spp", StringComparison.OrdinalIgnoreCase))
        {
            words = words[..^1];
        }

        return string.Join(' ', words);
    }
}
