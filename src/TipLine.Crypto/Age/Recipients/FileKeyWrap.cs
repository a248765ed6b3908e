using System.Security.Cryptography;
using TipLine.Crypto.Age.Format;

namespace TipLine.Crypto.Age.Recipients;

/// <summary>ChaCha20-Poly1305 with the all-zero nonce, as every native stanza wraps the 16-byte file key.</summary>
internal static class FileKeyWrap
{
    public const int WrappedSize = AgeKeySchedule.FileKeySize + 16;

    public static byte[] Wrap(ReadOnlySpan<byte> wrapKey, ReadOnlySpan<byte> fileKey)
    {
        if (fileKey.Length != AgeKeySchedule.FileKeySize)
        {
            throw new ArgumentException("An age file key is 16 bytes.", nameof(fileKey));
        }

        var body = new byte[WrappedSize];
        using var aead = new ChaCha20Poly1305(wrapKey);
        Span<byte> nonce = stackalloc byte[12];
        nonce.Clear();
        aead.Encrypt(nonce, fileKey, body.AsSpan(0, AgeKeySchedule.FileKeySize), body.AsSpan(AgeKeySchedule.FileKeySize));
        return body;
    }

    /// <summary>Returns the file key, or null when the body does not authenticate under this key (not ours).</summary>
    public static byte[]? TryUnwrap(ReadOnlySpan<byte> wrapKey, ReadOnlySpan<byte> body)
    {
        if (body.Length != WrappedSize)
        {
            throw new AgeException(AgeError.MalformedStanza, "Stanza body must be exactly 32 bytes.");
        }

        var fileKey = new byte[AgeKeySchedule.FileKeySize];
        using var aead = new ChaCha20Poly1305(wrapKey);
        Span<byte> nonce = stackalloc byte[12];
        nonce.Clear();
        try
        {
            aead.Decrypt(nonce, body[..AgeKeySchedule.FileKeySize], body[AgeKeySchedule.FileKeySize..], fileKey);
            return fileKey;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(fileKey);
            return null;
        }
    }
}
