using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using TipLine.Crypto.Age;

namespace TipLine.Web.FollowUp;

/// <summary>
/// The whistleblower's only cookie, set by a successful receipt login (ADR 0017). Stateless: the value is a Data
/// Protection payload with the tip id, an absolute expiry and, for sessions without JavaScript, the whistleblower's
/// identity, so the server can decrypt for one request in memory and keeps nothing about idle sessions.
/// </summary>
public sealed class FollowUpSession(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = "tipline-followup";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const byte Version = 1;

    private readonly ITimeLimitedDataProtector protector =
        dataProtection.CreateProtector("TipLine.FollowUpSession.v1").ToTimeLimitedDataProtector();

    /// <summary>Signs in. <paramref name="identity"/> is null when the browser holds the key itself (JavaScript on).</summary>
    public void SignIn(HttpContext context, Guid tipId, X25519Identity? identity)
    {
        ArgumentNullException.ThrowIfNull(context);
        var secret = identity is null ? [] : Encoding.ASCII.GetBytes(identity.ToSecretString());
        var payload = new byte[1 + 16 + secret.Length];
        try
        {
            payload[0] = Version;
            tipId.TryWriteBytes(payload.AsSpan(1, 16));
            secret.CopyTo(payload.AsSpan(17));
            var expires = clock.GetUtcNow() + Lifetime;
            var value = Base64UrlEncode(protector.Protect(payload, expires));
            context.Response.Cookies.Append(CookieName, value, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
            CryptographicOperations.ZeroMemory(payload);
        }
    }

    /// <summary>The session of this request, or null when there is none, it expired, or it was tampered with.</summary>
    public FollowUpSessionData? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value) || value.Length > 4096)
        {
            return null;
        }

        byte[]? payload = null;
        try
        {
            payload = protector.Unprotect(Base64UrlDecode(value), out _);
            if (payload.Length < 17 || payload[0] != Version)
            {
                return null;
            }

            var tipId = new Guid(payload.AsSpan(1, 16));
            var identity = payload.Length > 17 ? X25519Identity.Parse(Encoding.ASCII.GetString(payload, 17, payload.Length - 17)) : null;
            return new FollowUpSessionData(tipId, identity);
        }
        catch (Exception error) when (error is CryptographicException or FormatException or AgeException)
        {
            return null;
        }
        finally
        {
            if (payload is not null)
            {
                CryptographicOperations.ZeroMemory(payload);
            }
        }
    }

    /// <summary>Ends the session: the cookie is deleted and the browser told to clear this site's cookies and storage.</summary>
    public static void SignOut(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, HttpOnly = true });
        context.Response.Headers["Clear-Site-Data"] = "\"cookies\", \"storage\"";
    }

    private static string Base64UrlEncode(byte[] bytes) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes);

    private static byte[] Base64UrlDecode(string text) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(text);
}

/// <summary>A follow-up session: the tip and, without JavaScript, the identity that opens it (dispose after the request).</summary>
public sealed record FollowUpSessionData(Guid TipId, X25519Identity? Identity) : IDisposable
{
    public bool BrowserHoldsKey => Identity is null;

    public void Dispose() => Identity?.Dispose();
}
