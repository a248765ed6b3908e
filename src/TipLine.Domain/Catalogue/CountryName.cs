namespace TipLine.Domain.Catalogue;

/// <summary>An ISO 3166-1 alpha-2 code with its short name in each catalogue language.</summary>
public sealed record CountryName(string Code, LocalisedNames Names)
{
    /// <summary>The short name in the requested language, falling back to English.</summary>
    public string Name(string languageCode) => Names.In(languageCode);
}
