using System.Security.Cryptography;
using System.Text;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// One-time second-factor recovery codes for a lost phone: ten codes of 10 base-32 characters (50 bits each) in two
/// groups, shown once at enrolment; only their SHA-256 is stored. High-entropy random codes need no slow hash.
/// </summary>
public static class RecoveryCodes
{
    public const int Count = 10;
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: written on paper
    private const int Length = 10;

    public static IReadOnlyList<string> Generate()
    {
        var codes = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            var characters = new char[Length];
            for (var j = 0; j < Length; j++)
            {
                characters[j] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }

            codes.Add(new string(characters, 0, Length / 2) + "-" + new string(characters, Length / 2, Length / 2));
        }

        return codes;
    }

    public static string HashOf(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Normalise(code))));

    /// <summary>Looks like a recovery code rather than a six-digit TOTP code.</summary>
    public static bool LooksLikeOne(string? typed) => Normalise(typed ?? string.Empty).Length == Length;

    /// <summary>The stored hash <paramref name="typed"/> matches, compared in constant time against every hash, or null.</summary>
    public static string? FindMatch(string typed, IReadOnlyList<string> storedHashes)
    {
        ArgumentNullException.ThrowIfNull(storedHashes);
        var candidate = Encoding.ASCII.GetBytes(HashOf(typed));
        string? match = null;
        foreach (var stored in storedHashes)
        {
            if (CryptographicOperations.FixedTimeEquals(candidate, Encoding.ASCII.GetBytes(stored)))
            {
                match ??= stored;
            }
        }

        return match;
    }

    private static string Normalise(string code) =>
        new(code.Where(c => c is not ('-' or ' ')).Select(char.ToLowerInvariant).Where(c => c < 128).ToArray());
}
