using System.Globalization;

namespace TipLine.Domain.Catalogue;

/// <summary>Orders names the way a reader of a given language expects to find them in a list.</summary>
public static class LocalisedNameComparer
{
    /// <summary>
    /// The culture's collation when the runtime has one, otherwise <see cref="DiacriticFoldingComparer"/>.
    /// </summary>
    public static IComparer<string> For(string languageCode)
    {
        var culture = TryGetCulture(CatalogueLanguages.Resolve(languageCode));
        return culture is not null && CollatesLinguistically(culture)
            ? StringComparer.Create(culture, CompareOptions.IgnoreCase)
            : DiacriticFoldingComparer.Instance;
    }

    private static CultureInfo? TryGetCulture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization with predefined cultures only refuses every named culture.
            return null;
        }
    }

    // A container image may run with invariant globalization (no ICU). Culture comparisons then silently become
    // ordinal, which would list "Égypte" after "Zambie"; probing the behaviour catches every way that mode is set.
    private static bool CollatesLinguistically(CultureInfo culture) =>
        culture.CompareInfo.Compare("Égypte", "Zambie", CompareOptions.IgnoreCase) < 0;
}
