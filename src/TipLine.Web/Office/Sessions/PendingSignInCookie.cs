using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace TipLine.Web.Office.Sessions;

/// <summary>
/// Carries the state between the password step and the second-factor step: the pending session's id and cookie
/// secret, the user id, and during enrolment the freshly generated TOTP secret. Encrypted and time-limited by Data
/// Protection, HttpOnly, SameSite=Strict, scoped to /office/login.
/// </summary>
public sealed class PendingSignInCookie(IDataProtectionProvider dataProtection)
{
    public const string Name = "tipline-staff-pending";
    private const string Path = "/office/login";
    private readonly ITimeLimitedDataProtector protector =
        dataProtection.CreateProtector("TipLine.Office.PendingSignIn.v1").ToTimeLimitedDataProtector();

    public void Write(HttpContext context, PendingSignInState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = protector.Protect(JsonSerializer.SerializeToUtf8Bytes(state), Application.Accounts.SignIn.CheckPasswordHandler.PendingLifetime);
        context.Response.Cookies.Append(Name, Convert.ToBase64String(payload), Options(context));
    }

    public PendingSignInState? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(Name, out var value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PendingSignInState>(protector.Unprotect(Convert.FromBase64String(value)));
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }

    public static void Delete(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(context));
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = Path,
        IsEssential = true,
    };
}

#pragma warning disable CA1819 // secrets handed between steps as they are
public sealed record PendingSignInState(Guid SessionId, Guid UserId, byte[] CookieSecret, byte[]? EnrolmentSecret, string UserName);
#pragma warning restore CA1819
