using System.Security.Cryptography;

namespace TipLine.Infrastructure.Blobs;

/// <summary>Blob names are 128 random bits in lower-case hex; anything else is refused, which rules out path traversal.</summary>
public static class BlobName
{
    public const int Length = 32;

    public static string NewRandom() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    public static bool IsValid(string? name) =>
        name is { Length: Length } && name.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static void EnsureValid(string? name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException("A blob name is exactly 32 lower-case hexadecimal characters.", nameof(name));
        }
    }
}
