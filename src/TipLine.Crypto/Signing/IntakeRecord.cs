using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TipLine.Crypto.Signing;

/// <summary>
/// What the server attests at intake, without opening the tip: the tip id, the day of receipt and the SHA-256 of every ciphertext piece.
/// Canonical bytes (UTF-8): "tipline-intake-v1\n" + tip id (lowercase "D" GUID) + "\n" + day (yyyy-MM-dd) + "\n"
/// + each piece hash as lowercase hex, sorted ordinally, each followed by "\n".
/// </summary>
public sealed class IntakeRecord
{
    public const string Domain = "tipline-intake-v1";

    public IntakeRecord(Guid tipId, DateOnly day, IEnumerable<string> ciphertextSha256Hex)
    {
        ArgumentNullException.ThrowIfNull(ciphertextSha256Hex);
        var hashes = ciphertextSha256Hex.Select(NormalizeHash).ToList();
        hashes.Sort(StringComparer.Ordinal);
        TipId = tipId;
        Day = day;
        CiphertextSha256Hex = hashes;
    }

    public Guid TipId { get; }

    public DateOnly Day { get; }

    /// <summary>Lowercase hex SHA-256 of each ciphertext piece, sorted.</summary>
    public IReadOnlyList<string> CiphertextSha256Hex { get; }

    /// <summary>The record for the given ciphertext pieces (hashes computed here).</summary>
    public static IntakeRecord ForCiphertexts(Guid tipId, DateOnly day, IEnumerable<byte[]> ciphertexts)
    {
        ArgumentNullException.ThrowIfNull(ciphertexts);
        return new IntakeRecord(tipId, day, ciphertexts.Select(c => HashPiece(c)));
    }

    /// <summary>Lowercase hex SHA-256 of one ciphertext piece.</summary>
    public static string HashPiece(ReadOnlySpan<byte> ciphertext) => Convert.ToHexStringLower(SHA256.HashData(ciphertext));

    /// <summary>Lowercase hex SHA-256 of a ciphertext stream, read to its end.</summary>
    public static async Task<string> HashPieceAsync(Stream ciphertext, CancellationToken cancellationToken = default) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(ciphertext, cancellationToken).ConfigureAwait(false));

    /// <summary>The exact bytes that are signed.</summary>
    public byte[] ToCanonicalBytes()
    {
        var text = new StringBuilder();
        text.Append(Domain).Append('\n');
        text.Append(TipId.ToString("D", CultureInfo.InvariantCulture)).Append('\n');
        text.Append(Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in CiphertextSha256Hex)
        {
            text.Append(hash).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The server's Ed25519 signature of <see cref="ToCanonicalBytes"/>.</summary>
    public byte[] Sign(Ed25519SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Sign(ToCanonicalBytes());
    }

    /// <summary>True when <paramref name="signature"/> is the signature of this exact record under <paramref name="publicKey"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> signature) =>
        Ed25519Verifier.Verify(publicKey, ToCanonicalBytes(), signature);

    private static string NormalizeHash(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (hash.Length != 64 || hash.AsSpan().ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            throw new ArgumentException("A ciphertext hash is 64 hex digits of SHA-256.", nameof(hash));
        }

        return hash.ToLowerInvariant();
    }
}
