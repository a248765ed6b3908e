using Microsoft.AspNetCore.Authentication.Cookies;

namespace TipLine.Web.Security;

/// <summary>The back-office session cookie. Whistleblowers never get it; they get no cookie before follow-up login.</summary>
internal static class StaffAuthentication
{
    public const string Scheme = "TipLine.Staff";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "tipline-staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        options.SlidingExpiration = true;
        options.LoginPath = "/office/login";
        options.AccessDeniedPath = "/office/denied";
    }
}
