namespace TipLine.Domain.Catalogue;

/// <summary>The languages the catalogues carry names in, and how a requested language maps onto them.</summary>
public static class CatalogueLanguages
{
    public const string English = "en";
    public const string French = "fr";
    public const string Spanish = "es";

    public static IReadOnlyList<string> Supported { get; } = Array.AsReadOnly([English, French, Spanish]);

    /// <summary>
    /// Maps a language tag such as "fr", "FR" or "es-MX" onto a supported language. Anything else gets English,
    /// because a page must always be able to show some name rather than fail on an unexpected <c>lang</c> value.
    /// </summary>
    public static string Resolve(string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(languageCode))
        {
            return English;
        }

        var tag = languageCode.AsSpan().Trim();
        var separator = tag.IndexOfAny('-', '_');
        var primary = separator < 0 ? tag : tag[..separator];
        foreach (var supported in Supported)
        {
            if (primary.Equals(supported, StringComparison.OrdinalIgnoreCase))
            {
                return supported;
            }
        }

        return English;
    }
}
