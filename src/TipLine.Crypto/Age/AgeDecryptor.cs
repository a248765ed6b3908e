using System.Security.Cryptography;
using TipLine.Crypto.Age.Armor;
using TipLine.Crypto.Age.Format;
using TipLine.Crypto.Age.Payload;

namespace TipLine.Crypto.Age;

/// <summary>Decrypts age v1 files, binary or armored (detected), streaming with constant memory.</summary>
public static class AgeDecryptor
{
    private const int CopyBufferSize = 1024 * 1024;

    /// <summary>
    /// Reads and authenticates the header now (throws <see cref="AgeException"/>); the returned stream throws
    /// <see cref="AgeException"/> on a bad chunk and never returns bytes of a chunk that did not authenticate.
    /// </summary>
    public static Stream OpenDecryptingStream(Stream input, IReadOnlyList<IAgeIdentity> identities, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(identities);
        if (identities.Count == 0)
        {
            throw new ArgumentException("At least one identity is required.", nameof(identities));
        }

        var source = new ByteSource(input);
        if (ArmorDecodingStream.StartsWithArmor(source))
        {
            source = new ByteSource(new ArmorDecodingStream(source));
        }

        var header = AgeHeaderReader.Read(source);
        if (header.Stanzas.Count > 1 && header.Stanzas.Any(s => s.Type == ScryptRecipient.StanzaType))
        {
            throw new AgeException(AgeError.ScryptNotAlone, "An scrypt stanza must be the only stanza in the header.");
        }

        var fileKey = UnwrapFileKey(header, identities);
        Span<byte> payloadKey = stackalloc byte[AgeKeySchedule.KeySize];
        try
        {
            VerifyMac(header, fileKey);
            Span<byte> nonce = stackalloc byte[AgeKeySchedule.PayloadNonceSize];
            if (source.ReadAtMost(nonce) != nonce.Length)
            {
                throw new AgeException(AgeError.TruncatedPayload, "The age file ends before its payload nonce.");
            }

            AgeKeySchedule.DerivePayloadKey(fileKey, nonce, payloadKey);
            return new AgeDecryptingStream(source, payloadKey, leaveOpen ? null : input);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
            CryptographicOperations.ZeroMemory(payloadKey);
        }
    }

    public static async Task DecryptAsync(Stream input, Stream output, IReadOnlyList<IAgeIdentity> identities, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var decrypting = OpenDecryptingStream(input, identities, leaveOpen: true);
        await using (decrypting.ConfigureAwait(false))
        {
            await decrypting.CopyToAsync(output, CopyBufferSize, ct).ConfigureAwait(false);
        }
    }

    public static byte[] Decrypt(ReadOnlySpan<byte> ciphertext, IReadOnlyList<IAgeIdentity> identities)
    {
        using var input = new MemoryStream(ciphertext.ToArray(), writable: false);
        using var decrypting = OpenDecryptingStream(input, identities, leaveOpen: true);
        using var output = new MemoryStream();
        decrypting.CopyTo(output, CopyBufferSize);
        return output.ToArray();
    }

    private static byte[] UnwrapFileKey(AgeHeader header, IReadOnlyList<IAgeIdentity> identities)
    {
        foreach (var identity in identities)
        {
            var fileKey = identity.Unwrap(header.Stanzas);
            if (fileKey is not null)
            {
                return fileKey;
            }
        }

        throw new AgeException(AgeError.NoMatchingIdentity, "No identity matched any of the file's recipients.");
    }

    private static void VerifyMac(AgeHeader header, ReadOnlySpan<byte> fileKey)
    {
        Span<byte> expected = stackalloc byte[AgeKeySchedule.MacSize];
        AgeKeySchedule.ComputeHeaderMac(fileKey, header.MacedBytes, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, header.Mac))
        {
            throw new AgeException(AgeError.HeaderMacMismatch, "The header MAC does not match: the header was tampered with.");
        }
    }
}
