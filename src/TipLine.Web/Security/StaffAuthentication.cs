using Microsoft.AspNetCore.Authentication.Cookies;

namespace TipLine.Web.Security;

/// <summary>The back-office session cookie. Whistleblowers never get it; they get no cookie before follow-up login.</summary>
internal static class StaffAuthentication
{
    public const string Scheme = "TipLine.Staff";

    /// <summary>Authorization policy for back-office pages: a signed-in staff member of this scheme.</summary>
    public const string Policy = "TipLine.Staff";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "tipline-staff";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/";
        // The session row decides when a session ends (idle timeout, sign-out, disabled user); the cookie only outlives
        // it by a little, so a browser that comes back after the row is gone is sent to sign in again.
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = false;
        options.Events.OnValidatePrincipal = TipLine.Web.Office.Sessions.StaffSessionValidation.ValidateAsync;
        options.LoginPath = "/office/login";
        options.AccessDeniedPath = "/office/denied";
    }
}
