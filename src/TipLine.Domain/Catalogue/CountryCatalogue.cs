using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace TipLine.Domain.Catalogue;

/// <summary>Every ISO 3166-1 alpha-2 country with its short name in English, French and Spanish, read once from the embedded countries.tsv.</summary>
public static class CountryCatalogue
{
    private static readonly Lazy<IReadOnlyList<CountryName>> Countries = new(Load);

    private static readonly Lazy<FrozenDictionary<string, CountryName>> ByCode =
        new(() => Countries.Value.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));

    private static readonly ConcurrentDictionary<string, IReadOnlyList<CountryName>> SortedByLanguage =
        new(StringComparer.Ordinal);

    /// <summary>Every country, in code order.</summary>
    public static IReadOnlyList<CountryName> All => Countries.Value;

    /// <summary>Whether the code (in any letter case) is an ISO 3166-1 alpha-2 code.</summary>
    public static bool IsKnown(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.Value.ContainsKey(code.Trim());
    }

    /// <summary>
    /// The country's short name in the requested language (English for a language the catalogue does not carry).
    /// An unknown code is returned as it is: stored data only had to be two letters (e.g. "XK", used for Kosovo),
    /// and a page that shows it must not fail; validate new input with <see cref="IsKnown"/>.
    /// </summary>
    public static string NameOf(string code, string languageCode)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.Value.TryGetValue(code.Trim(), out var country) ? country.Name(languageCode) : code;
    }

    /// <summary>Every country, ordered by its name in the requested language as a reader of that language expects.</summary>
    public static IReadOnlyList<CountryName> SortedFor(string languageCode) =>
        SortedByLanguage.GetOrAdd(CatalogueLanguages.Resolve(languageCode), SortBy);

    private static IReadOnlyList<CountryName> SortBy(string language)
    {
        var comparer = LocalisedNameComparer.For(language);
        return Countries.Value
            .OrderBy(c => c.Name(language), comparer)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
    }

    private static IReadOnlyList<CountryName> Load()
    {
        using var reader = CatalogueResource.Open(CountryTable.ResourceName);
        return CountryTable.Parse(reader);
    }
}
