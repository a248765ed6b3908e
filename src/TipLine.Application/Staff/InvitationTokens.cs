using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff;

/// <summary>
/// Invitation links carry 32 random bytes (base64url); the database keeps only their SHA-256, so a copy of it cannot
/// be turned into a working link. The token is a bearer secret: it is shown once and never logged or audited.
/// </summary>
public static class InvitationTokens
{
    public const int TokenBytes = 32;

    /// <summary>Characters of a token in a link: 32 bytes in unpadded base64url.</summary>
    public const int EncodedLength = 43;

    /// <summary>A link works on the day it was issued and this many days after.</summary>
    public const int ValidDays = 7;

    /// <summary>A fresh token for the link and the hash to store.</summary>
    public static (string Token, byte[] Hash) Issue()
    {
        var secret = RandomNumberGenerator.GetBytes(TokenBytes);
        try
        {
            return (Base64Url.EncodeToString(secret), SHA256.HashData(secret));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>The invitation the token opens if it can still be accepted today (not used, not expired, not revoked); otherwise null.</summary>
    public static async Task<StaffInvitation?> FindUsableAsync(ITipLineDatabase database, string? token, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var hash = HashOf(token);
        if (hash is null)
        {
            return null;
        }

        var invitation = await database.StaffInvitations
            .SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        return invitation is not null && invitation.IsUsableOn(today) ? invitation : null;
    }

    private static byte[]? HashOf(string? token)
    {
        var secret = new byte[TokenBytes];
        try
        {
            return token is { Length: EncodedLength }
                && Base64Url.TryDecodeFromChars(token, secret, out var written)
                && written == TokenBytes
                ? SHA256.HashData(secret)
                : null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
