using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Crypto.Keys;

/// <summary>
/// An X25519 identity stored as an age file whose plaintext is its "AGE-SECRET-KEY-1…" line (plus newline), so the
/// decrypted output of <c>age -d</c> is itself a usable identity file.
/// </summary>
public static class WrappedIdentity
{
    /// <summary>Encrypts <paramref name="identity"/>'s secret key text to <paramref name="recipients"/>.</summary>
    public static byte[] Wrap(X25519Identity identity, IReadOnlyList<IAgeRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(recipients);
        var plaintext = Encoding.ASCII.GetBytes(identity.ToSecretString() + "\n");
        try
        {
            return AgeEncryptor.Encrypt(plaintext, recipients);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Decrypts a wrap with <paramref name="identities"/>; throws <see cref="KeyUnlockException"/> on any failure.</summary>
    public static X25519Identity Unwrap(ReadOnlySpan<byte> wrap, IReadOnlyList<IAgeIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        byte[] plaintext;
        try
        {
            plaintext = AgeDecryptor.Decrypt(wrap, identities);
        }
        catch (AgeException ex) when (ex.Error == AgeError.NoMatchingIdentity)
        {
            throw new KeyUnlockException(KeyUnlockError.WrongSecret, "The secret does not open this key.", ex);
        }
        catch (AgeException ex)
        {
            throw new KeyUnlockException(KeyUnlockError.CorruptWrap, "The wrapped key is damaged or not a key wrap.", ex);
        }

        try
        {
            // Only the key line is accepted: exactly one line of ASCII, optionally newline-terminated.
            var text = Encoding.ASCII.GetString(plaintext);
            var line = text.EndsWith('\n') ? text[..^1] : text;
            if (line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal))
            {
                throw new KeyUnlockException(KeyUnlockError.CorruptWrap, "The wrapped key is not a single age secret key line.");
            }

            return X25519Identity.Parse(line);
        }
        catch (AgeException ex)
        {
            throw new KeyUnlockException(KeyUnlockError.CorruptWrap, "The wrap does not contain a valid age secret key.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
