namespace TipLine.Crypto.Age;

/// <summary>The strict base64 age uses: standard alphabet, canonical (unused bits zero), padded only in armor.</summary>
internal static class AgeBase64
{
    /// <summary>Encodes without padding, as header arguments and stanza bodies are written.</summary>
    public static string EncodeUnpadded(ReadOnlySpan<byte> data) => Convert.ToBase64String(data).TrimEnd('=');

    /// <summary>Decodes unpadded canonical base64; throws <see cref="AgeException"/> (NonCanonicalBase64) otherwise.</summary>
    public static byte[] DecodeUnpadded(ReadOnlySpan<char> text)
    {
        if (!TryDecodeUnpadded(text, out var bytes))
        {
            throw new AgeException(AgeError.NonCanonicalBase64, "Header contains invalid or non-canonical base64.");
        }

        return bytes;
    }

    public static bool TryDecodeUnpadded(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        var remainder = text.Length % 4;
        if (remainder == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (ValueOf(c) < 0)
            {
                return false;
            }
        }

        if (!HasZeroUnusedBits(text))
        {
            return false;
        }

        var padded = remainder == 0 ? text.ToString() : string.Concat(text, new string('=', 4 - remainder));
        bytes = Convert.FromBase64String(padded);
        return true;
    }

    /// <summary>Decodes one padded canonical base64 armor line (ASCII bytes) into <paramref name="destination"/>.</summary>
    public static bool TryDecodePadded(ReadOnlySpan<byte> line, Span<byte> destination, out int written)
    {
        written = 0;
        if (line.Length % 4 != 0)
        {
            return false;
        }

        var padding = 0;
        if (line.Length > 0 && line[^1] == '=')
        {
            padding = line.Length > 1 && line[^2] == '=' ? 2 : 1;
        }

        var body = line[..^padding];
        Span<char> chars = stackalloc char[body.Length];
        for (var i = 0; i < body.Length; i++)
        {
            if (ValueOf((char)body[i]) < 0)
            {
                return false;
            }

            chars[i] = (char)body[i];
        }

        if (!HasZeroUnusedBits(chars))
        {
            return false;
        }

        return System.Buffers.Text.Base64.DecodeFromUtf8(line, destination, out _, out written) == System.Buffers.OperationStatus.Done;
    }

    private static bool HasZeroUnusedBits(ReadOnlySpan<char> unpadded)
    {
        return (unpadded.Length % 4) switch
        {
            2 => (ValueOf(unpadded[^1]) & 0x0F) == 0,
            3 => (ValueOf(unpadded[^1]) & 0x03) == 0,
            _ => true,
        };
    }

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}
