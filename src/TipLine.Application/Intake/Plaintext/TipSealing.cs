using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>Pads and encrypts a small plaintext (answers, a message) to a tip's recipient, as the browser does.</summary>
public static class TipSealing
{
    public static byte[] SealForTip(ReadOnlySpan<byte> plaintext, string tipRecipient) => SealFor(plaintext, [tipRecipient]);

    /// <summary>Pads and encrypts to several "age1..." recipients at once: any one of their keys opens the result.</summary>
    public static byte[] SealFor(ReadOnlySpan<byte> plaintext, IReadOnlyCollection<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var parsed = recipients.Distinct(StringComparer.Ordinal).Select(X25519Recipient.Parse).ToList();
        var padded = PlaintextPadding.Pad(plaintext);
        try
        {
            return AgeEncryptor.Encrypt(padded, parsed);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(padded);
        }
    }

    /// <summary>Opens what <see cref="SealForTip"/> made, with the tip's identity.</summary>
    public static byte[] OpenWithTipKey(ReadOnlySpan<byte> ciphertext, X25519Identity tipIdentity) =>
        OpenWithAnyKey(ciphertext, [tipIdentity]);

    /// <summary>Opens what <see cref="SealFor"/> made with whichever of <paramref name="identities"/> it was sealed to; put the likeliest first.</summary>
    public static byte[] OpenWithAnyKey(ReadOnlySpan<byte> ciphertext, IReadOnlyList<IAgeIdentity> identities)
    {
        var padded = AgeDecryptor.Decrypt(ciphertext, identities);
        try
        {
            return PlaintextPadding.Unpad(padded);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(padded);
        }
    }
}
