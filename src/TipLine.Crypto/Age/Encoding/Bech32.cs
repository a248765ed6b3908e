namespace TipLine.Crypto.Age;

/// <summary>
/// BIP 173 Bech32 (not Bech32m), as age uses it for "age1..." recipients and "AGE-SECRET-KEY-1..." identities.
/// Unlike BIP 173 there is no 90-character limit, as in age. Decoded human-readable parts are returned in lowercase.
/// </summary>
public static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const int ChecksumLength = 6;
    private static readonly uint[] Generator = [0x3b6a57b2u, 0x26508e6du, 0x1ea119fau, 0x3d4233ddu, 0x2a1462b3u];

    /// <summary>Encodes <paramref name="data"/> under <paramref name="humanReadablePart"/>, in lowercase.</summary>
    public static string Encode(string humanReadablePart, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(humanReadablePart);
        var hrp = humanReadablePart.ToLowerInvariant();
        if (hrp.Length == 0 || !IsValidHumanReadablePart(hrp))
        {
            throw new ArgumentException("The human-readable part must be 1 or more characters between '!' and '~'.", nameof(humanReadablePart));
        }

        var values = ConvertBits(data, 8, 5, pad: true) ?? throw new InvalidOperationException("Unreachable: padding conversion cannot fail.");
        var checksum = CreateChecksum(hrp, values);
        var builder = new System.Text.StringBuilder(hrp.Length + 1 + values.Length + ChecksumLength);
        builder.Append(hrp).Append('1');
        foreach (var value in values)
        {
            builder.Append(Charset[value]);
        }

        foreach (var value in checksum)
        {
            builder.Append(Charset[value]);
        }

        return builder.ToString();
    }

    /// <summary>Decodes a Bech32 string; throws <see cref="FormatException"/> on any error (mixed case, bad checksum, bad padding).</summary>
    public static (string HumanReadablePart, byte[] Data) Decode(string text)
    {
        if (!TryDecode(text, out var hrp, out var data, out var reason))
        {
            throw new FormatException("Invalid Bech32 string: " + reason + ".");
        }

        return (hrp, data);
    }

    /// <summary>Decodes a Bech32 string; false on any error.</summary>
    public static bool TryDecode(string? text, out string humanReadablePart, out byte[] data) =>
        TryDecode(text, out humanReadablePart, out data, out _);

    private static bool TryDecode(string? text, out string humanReadablePart, out byte[] data, out string reason)
    {
        humanReadablePart = string.Empty;
        data = [];
        if (string.IsNullOrEmpty(text))
        {
            reason = "empty";
            return false;
        }

        bool hasLower = false, hasUpper = false;
        foreach (var c in text)
        {
            if (c < '!' || c > '~')
            {
                reason = "character outside '!'..'~'";
                return false;
            }

            hasLower |= c is >= 'a' and <= 'z';
            hasUpper |= c is >= 'A' and <= 'Z';
        }

        if (hasLower && hasUpper)
        {
            reason = "mixed case";
            return false;
        }

        var lower = text.ToLowerInvariant();
        var separator = lower.LastIndexOf('1');
        if (separator < 1 || separator + 1 + ChecksumLength > lower.Length)
        {
            reason = "separator misplaced";
            return false;
        }

        var hrp = lower[..separator];
        var values = new byte[lower.Length - separator - 1];
        for (var i = 0; i < values.Length; i++)
        {
            var index = Charset.IndexOf(lower[separator + 1 + i], StringComparison.Ordinal);
            if (index < 0)
            {
                reason = "character outside the Bech32 alphabet";
                return false;
            }

            values[i] = (byte)index;
        }

        if (Polymod(hrp, values) != 1)
        {
            reason = "checksum mismatch";
            return false;
        }

        var decoded = ConvertBits(values.AsSpan(0, values.Length - ChecksumLength), 5, 8, pad: false);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(values); // may hold a secret key's bits
        if (decoded is null)
        {
            reason = "invalid padding";
            return false;
        }

        humanReadablePart = hrp;
        data = decoded;
        reason = string.Empty;
        return true;
    }

    private static bool IsValidHumanReadablePart(string hrp)
    {
        foreach (var c in hrp)
        {
            if (c < '!' || c > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] CreateChecksum(string hrp, byte[] values)
    {
        var extended = new byte[values.Length + ChecksumLength];
        values.CopyTo(extended, 0);
        var polymod = Polymod(hrp, extended) ^ 1u;
        var checksum = new byte[ChecksumLength];
        for (var i = 0; i < ChecksumLength; i++)
        {
            checksum[i] = (byte)((polymod >> (5 * (5 - i))) & 31);
        }

        return checksum;
    }

    private static uint Polymod(string hrp, ReadOnlySpan<byte> values)
    {
        var checksum = 1u;
        foreach (var c in hrp)
        {
            checksum = Step(checksum, (byte)(c >> 5));
        }

        checksum = Step(checksum, 0);
        foreach (var c in hrp)
        {
            checksum = Step(checksum, (byte)(c & 31));
        }

        foreach (var value in values)
        {
            checksum = Step(checksum, value);
        }

        return checksum;
    }

    private static uint Step(uint checksum, byte value)
    {
        var top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (var i = 0; i < Generator.Length; i++)
        {
            if (((top >> i) & 1) != 0)
            {
                checksum ^= Generator[i];
            }
        }

        return checksum;
    }

    private static byte[]? ConvertBits(ReadOnlySpan<byte> input, int fromBits, int toBits, bool pad)
    {
        var totalBits = input.Length * fromBits;
        var output = new byte[pad ? (totalBits + toBits - 1) / toBits : totalBits / toBits];
        var written = 0;
        var accumulator = 0;
        var bits = 0;
        var maxValue = (1 << toBits) - 1;
        foreach (var value in input)
        {
            accumulator = ((accumulator << fromBits) | value) & 0xFFFF;
            bits += fromBits;
            while (bits >= toBits)
            {
                bits -= toBits;
                output[written++] = (byte)((accumulator >> bits) & maxValue);
            }
        }

        if (pad)
        {
            if (bits > 0)
            {
                output[written] = (byte)((accumulator << (toBits - bits)) & maxValue);
            }
        }
        else if (bits >= fromBits || ((accumulator << (toBits - bits)) & maxValue) != 0)
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(output);
            return null;
        }

        return output;
    }
}
