using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TipLine.Crypto.Passwords;

/// <summary>
/// Argon2id password hashes in the PHC string format <c>$argon2id$v=19$m=..,t=..,p=..$salt$hash</c>
/// (salt and hash in base64 without padding), as written by the reference argon2 CLI and libsodium.
/// </summary>
public static class PasswordHasher
{
    private const int SaltLength = 16;
    private const int HashLength = 32;
    private const int MaxEncodedHashLength = 64; // hashes longer than this are not ours and would only cost time.

    private static readonly System.Buffers.SearchValues<char> Base64Alphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    /// <summary>Hashes <paramref name="password"/> (UTF-8 of its NFC form) with a fresh random salt.</summary>
    public static string Hash(string password, Argon2idParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureValid();
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Derive(password, salt, parameters, HashLength);
        try
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"$argon2id$v=19$m={parameters.MemoryKiB},t={parameters.Iterations},p={parameters.Parallelism}${EncodeBase64(salt)}${EncodeBase64(hash)}");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(hash);
        }
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="encodedHash"/>; false for a wrong password or a malformed hash.</summary>
    public static bool Verify(string password, string encodedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(encodedHash, out var parsed))
        {
            return false;
        }

        var actual = Derive(password, parsed.Salt, parsed.Parameters, parsed.Hash.Length);
        try
        {
            return CryptographicOperations.FixedTimeEquals(actual, parsed.Hash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(actual);
        }
    }

    /// <summary>True when the stored hash is malformed or weaker than <paramref name="current"/> and should be replaced at the next login.</summary>
    public static bool NeedsRehash(string encodedHash, Argon2idParameters current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return !TryParse(encodedHash, out var parsed)
            || !parsed.Parameters.IsAtLeast(current)
            || parsed.Salt.Length < SaltLength
            || parsed.Hash.Length < HashLength;
    }

    /// <summary>Reads the parameters recorded in a PHC string, or null when it is not a valid Argon2id hash.</summary>
    public static Argon2idParameters? ReadParameters(string encodedHash) =>
        TryParse(encodedHash, out var parsed) ? parsed.Parameters : null;

    private static byte[] Derive(string password, byte[] salt, Argon2idParameters parameters, int length)
    {
        var passwordBytes = PasswordEncoding.ToBytes(password);
        try
        {
            return Argon2id.DeriveKey(passwordBytes, salt, parameters, length);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    private static bool TryParse(string? encoded, out ParsedHash parsed)
    {
        parsed = default;
        if (encoded is null || encoded.Length > 256)
        {
            return false;
        }

        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        var parts = encoded.Split('$');
        if (parts.Length != 6 || parts[0].Length != 0 || parts[1] != "argon2id" || parts[2] != "v=19")
        {
            return false;
        }

        var costs = parts[3].Split(',');
        if (costs.Length != 3
            || !TryParseCost(costs[0], "m=", out var memory)
            || !TryParseCost(costs[1], "t=", out var iterations)
            || !TryParseCost(costs[2], "p=", out var parallelism))
        {
            return false;
        }

        var parameters = new Argon2idParameters(memory, iterations, parallelism);
        if (!parameters.IsWithin(Argon2idParameters.Maximum)
            || parts[5].Length > MaxEncodedHashLength
            || !TryDecodeBase64(parts[4], out var salt)
            || !TryDecodeBase64(parts[5], out var hash)
            || salt.Length < 8
            || hash.Length < 16)
        {
            return false;
        }

        parsed = new ParsedHash(parameters, salt, hash);
        return true;
    }

    private static bool TryParseCost(string text, string prefix, out int value)
    {
        value = 0;
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = text.AsSpan(prefix.Length);
        // Canonical decimal only: no sign, no leading zero, at most 9 digits so it fits an int.
        if (digits.Length is 0 or > 9 || (digits.Length > 1 && digits[0] == '0') || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static string EncodeBase64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.AsSpan().ContainsAnyExcept(Base64Alphabet) || text.Length % 4 == 1)
        {
            return false;
        }

        var padded = text + new string('=', (4 - (text.Length % 4)) % 4);
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return string.Equals(EncodeBase64(bytes), text, StringComparison.Ordinal); // canonical only: unused low bits must be zero
    }

    private readonly record struct ParsedHash(Argon2idParameters Parameters, byte[] Salt, byte[] Hash);
}
