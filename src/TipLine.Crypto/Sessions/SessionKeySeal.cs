using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Crypto.Sessions;

/// <summary>
/// Holds a logged-in staff user's private key sealed under a random 32-byte secret carried only by the session cookie,
/// so neither a database dump nor a memory dump of idle sessions yields the key.
/// Blob layout: version 0x01 ‖ 12-byte random nonce ‖ ChaCha20-Poly1305(ciphertext of the AGE-SECRET-KEY-1 text ‖ 16-byte tag),
/// with associated data "tipline-session-key-v1" ‖ the caller's binding (e.g. session or user id).
/// </summary>
public static class SessionKeySeal
{
    public const int CookieSecretLength = 32;
    private const byte Version = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private static readonly byte[] Domain = Encoding.ASCII.GetBytes("tipline-session-key-v1");

    /// <summary>Seals <paramref name="identity"/> under a fresh cookie secret; <paramref name="binding"/> ties the blob to one session or user.</summary>
    public static SealedSessionKey Seal(X25519Identity identity, ReadOnlySpan<byte> binding = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var cookieSecret = RandomNumberGenerator.GetBytes(CookieSecretLength);
        var plaintext = Encoding.ASCII.GetBytes(identity.ToSecretString());
        var associatedData = AssociatedData(binding);
        try
        {
            var blob = new byte[1 + NonceLength + plaintext.Length + TagLength];
            blob[0] = Version;
            var nonce = blob.AsSpan(1, NonceLength);
            RandomNumberGenerator.Fill(nonce);
            using var aead = new ChaCha20Poly1305(cookieSecret);
            aead.Encrypt(
                nonce,
                plaintext,
                blob.AsSpan(1 + NonceLength, plaintext.Length),
                blob.AsSpan(1 + NonceLength + plaintext.Length, TagLength),
                associatedData);
            return new SealedSessionKey(cookieSecret, blob);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Opens a sealed key; throws <see cref="SessionKeyUnsealException"/> for a wrong secret, other binding or any tampering.</summary>
    public static X25519Identity Unseal(ReadOnlySpan<byte> sealedBlob, ReadOnlySpan<byte> cookieSecret, ReadOnlySpan<byte> binding = default)
    {
        if (cookieSecret.Length != CookieSecretLength)
        {
            throw new SessionKeyUnsealException("The session cookie secret has the wrong length.");
        }

        if (sealedBlob.Length <= 1 + NonceLength + TagLength || sealedBlob[0] != Version)
        {
            throw new SessionKeyUnsealException("The sealed session key is malformed.");
        }

        var ciphertextLength = sealedBlob.Length - 1 - NonceLength - TagLength;
        var plaintext = new byte[ciphertextLength];
        try
        {
            using var aead = new ChaCha20Poly1305(cookieSecret);
            aead.Decrypt(
                sealedBlob.Slice(1, NonceLength),
                sealedBlob.Slice(1 + NonceLength, ciphertextLength),
                sealedBlob[(1 + NonceLength + ciphertextLength)..],
                plaintext,
                AssociatedData(binding));
            return X25519Identity.Parse(Encoding.ASCII.GetString(plaintext));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new SessionKeyUnsealException("The session key does not authenticate: wrong cookie, other session, or tampered.", ex);
        }
        catch (AgeException ex)
        {
            throw new SessionKeyUnsealException("The sealed session key does not contain a valid identity.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> binding)
    {
        var associatedData = new byte[Domain.Length + binding.Length];
        Domain.CopyTo(associatedData, 0);
        binding.CopyTo(associatedData.AsSpan(Domain.Length));
        return associatedData;
    }
}
