namespace TipLine.Domain.Catalogue;

/// <summary>One name in each language of <see cref="CatalogueLanguages"/>.</summary>
public sealed record LocalisedNames(string English, string French, string Spanish)
{
    /// <summary>The name in the requested language, or the English name for a language the catalogue does not carry.</summary>
    public string In(string? languageCode) => CatalogueLanguages.Resolve(languageCode) switch
    {
        CatalogueLanguages.French => French,
        CatalogueLanguages.Spanish => Spanish,
        _ => English,
    };
}
