using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>Pads and encrypts a small plaintext (answers, a message) to a tip's recipient, as the browser does.</summary>
public static class TipSealing
{
    public static byte[] SealForTip(ReadOnlySpan<byte> plaintext, string tipRecipient)
    {
        var recipient = X25519Recipient.Parse(tipRecipient);
        var padded = PlaintextPadding.Pad(plaintext);
        try
        {
            return AgeEncryptor.Encrypt(padded, [recipient]);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(padded);
        }
    }

    /// <summary>Opens what <see cref="SealForTip"/> made, with the tip's identity.</summary>
    public static byte[] OpenWithTipKey(ReadOnlySpan<byte> ciphertext, X25519Identity tipIdentity)
    {
        var padded = AgeDecryptor.Decrypt(ciphertext, [tipIdentity]);
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
