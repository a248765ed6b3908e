using System.Security.Cryptography;

namespace TipLine.Crypto.Totp;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1, 30-second steps, 6 digits): the second
/// factor staff enrol with any authenticator app. Verification compares in constant time and returns the time step
/// it matched, so the caller can refuse a code that was already used (replay within its window).
/// </summary>
public static class TotpAuthenticator
{
    public const int SecretLength = 20;
    public const int DefaultDigits = 6;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static byte[] GenerateSecret() => RandomNumberGenerator.GetBytes(SecretLength);

    /// <summary>The time step (counter) that <paramref name="time"/> falls in.</summary>
    public static long TimeStepOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The code for one time step, zero-padded to <paramref name="digits"/> digits.</summary>
    public static string CodeAt(ReadOnlySpan<byte> secret, long timeStep, int digits = DefaultDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(secret, counter, mac);
        var offset = mac[^1] & 0x0F;
        var binary = ((mac[offset] & 0x7F) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The time step <paramref name="code"/> is valid for, allowing <paramref name="allowedDrift"/> steps either side of
    /// <paramref name="now"/> for clock skew, or null. Every candidate step is computed, so timing does not say which matched.
    /// </summary>
    public static long? Verify(ReadOnlySpan<byte> secret, string? code, DateTimeOffset now, int allowedDrift = 1, int digits = DefaultDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(allowedDrift);
        var typed = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (typed.Length != digits || !typed.All(char.IsAsciiDigit))
        {
            return null;
        }

        var typedBytes = System.Text.Encoding.ASCII.GetBytes(typed);
        var current = TimeStepOf(now);
        long? matched = null;
        for (var step = current - allowedDrift; step <= current + allowedDrift; step++)
        {
            var expected = System.Text.Encoding.ASCII.GetBytes(CodeAt(secret, step, digits));
            if (CryptographicOperations.FixedTimeEquals(expected, typedBytes))
            {
                matched ??= step;
            }
        }

        return matched;
    }

    /// <summary>The otpauth:// URI authenticator apps import (as a link or QR code).</summary>
    public static string ProvisioningUri(ReadOnlySpan<byte> secret, string issuer, string account)
    {
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(account);
        return $"otpauth://totp/{label}?secret={Base32.Encode(secret)}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={DefaultDigits}&period={(int)Step.TotalSeconds}";
    }
}
