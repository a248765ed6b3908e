using System.Security.Cryptography;
using System.Text;

namespace TipLine.Application.Rewards;

/// <summary>
/// Names a set of age recipients in 32 bytes, so a stored sealed document can say whom it was sealed to without
/// listing keys: order and duplicates do not matter. Re-sealing compares it with today's officers (ADR 0024).
/// </summary>
public static class RecipientDigest
{
    public static byte[] Of(IEnumerable<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var canonical = string.Join('\n', recipients.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
    }

    public static bool Matches(byte[]? stored, IEnumerable<string> recipients) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(stored, Of(recipients));
}
