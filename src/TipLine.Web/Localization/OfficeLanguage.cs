using Microsoft.AspNetCore.Localization;

namespace TipLine.Web.Localization;

/// <summary>
/// Staff keep their language across pages in a cookie of the back office only (/office): it is set at sign-in from
/// their account and whenever they pick a language there. The public, whistleblower-facing pages never read or set it;
/// they take the language from the URL alone.
/// </summary>
internal static class OfficeLanguage
{
    public const string CookieName = "tipline-office-lang";
    private const string OfficePath = "/office";

    public static bool IsOffice(HttpContext context) => context.Request.Path.StartsWithSegments(OfficePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>After the query provider: an office request without ?lang= uses the cookie.</summary>
    public static RequestCultureProvider CookieProvider { get; } = new CustomRequestCultureProvider(context =>
    {
        if (IsOffice(context) && context.Request.Cookies.TryGetValue(CookieName, out var code) && IsSupported(code))
        {
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(code, code));
        }

        return Task.FromResult<ProviderCultureResult?>(null);
    });

    public static void Remember(HttpContext context, string code)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsSupported(code))
        {
            context.Response.Cookies.Append(CookieName, code, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = OfficePath,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
    }

    /// <summary>Middleware step: a language picked on an office page (?lang=) is remembered for the next pages.</summary>
    public static async Task RememberPickedLanguageAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (IsOffice(context) && context.Request.Query.TryGetValue(PageLanguage.QueryKey, out var picked))
        {
            Remember(context, picked.ToString());
        }

        await next().ConfigureAwait(false);
    }

    private static bool IsSupported(string? code) => PageLanguage.Supported.Any(language => language.Code == code);
}
