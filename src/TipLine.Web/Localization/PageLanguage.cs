using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace TipLine.Web.Localization;

/// <summary>
/// The page language comes only from the "lang" query value the person picked on the page. Accept-Language and
/// cookies are ignored on purpose: the header fingerprints the browser and a cookie would outlive the visit. The back
/// office alone (staff, who are not anonymous) also remembers the choice in a cookie: see <see cref="OfficeLanguage"/>.
/// </summary>
internal static class PageLanguage
{
    public const string QueryKey = "lang";

    public static readonly IReadOnlyList<LanguageChoice> Supported =
    [
        new("en", "English"),
        new("fr", "Français"),
        new("es", "Español"),
    ];

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(language => new CultureInfo(language.Code)).ToList();
        options.DefaultRequestCulture = new RequestCulture("en");
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
            OfficeLanguage.CookieProvider,
        ];
    }

    /// <summary>The code of the current UI language, one of <see cref="Supported"/>.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "fr" => "fr",
        "es" => "es",
        _ => "en",
    };

    /// <summary>A same-site path carrying the current language, since the language lives only in the URL.</summary>
    public static string Link(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + QueryKey + "=" + Current;
}

/// <summary>A language offered on every page, named in its own language.</summary>
internal sealed record LanguageChoice(string Code, string NativeName);
