using System.Security.Cryptography;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Crypto.Age;
using TipLine.Crypto.Sessions;

namespace TipLine.Web.Office.Sessions;

/// <summary>
/// Unseals the signed-in user's private key for one use: the sealed blob was read from the session row when the cookie
/// was validated at the start of the request, the secret comes from the cookie itself.
/// </summary>
internal sealed class HttpStaffSessionKey(IHttpContextAccessor accessor) : IStaffSessionKey
{
    public X25519Identity Open()
    {
        var context = accessor.HttpContext ?? throw new StaffKeyUnavailableException();
        if (context.Items[StaffSessionClaims.SealedKeyItem] is not byte[] sealedKey
            || context.User.FindFirst(StaffSessionClaims.SessionId)?.Value is not { } sessionText
            || !Guid.TryParse(sessionText, out var sessionId)
            || context.User.FindFirst(StaffSessionClaims.KeySecret)?.Value is not { } secretText)
        {
            throw new StaffKeyUnavailableException();
        }

        var secret = Convert.FromBase64String(secretText);
        try
        {
            return SessionKeySeal.Unseal(sealedKey, secret, sessionId.ToByteArray());
        }
        catch (SessionKeyUnsealException ex)
        {
            throw new StaffKeyUnavailableException("The session key does not open with this cookie.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
