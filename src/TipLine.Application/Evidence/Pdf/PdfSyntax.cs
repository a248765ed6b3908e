using System.Text;

namespace TipLine.Application.Evidence.Pdf;

/// <summary>
/// Just enough of PDF's lexical rules to walk a dictionary in place: every reader advances or fails, and none reads
/// past the end, so a hostile file ends a walk instead of looping or throwing.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>Nesting of arrays and dictionaries deeper than this is refused rather than followed.</summary>
    private const int MaxDepth = 32;

    public static bool IsWhitespace(byte value) => value is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte value) => value is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>True when a keyword or name ends at <paramref name="position"/>: end of file, whitespace or delimiter.</summary>
    public static bool EndsTokenAt(ReadOnlySpan<byte> file, int position) =>
        position >= file.Length || IsWhitespace(file[position]) || IsDelimiter(file[position]);

    public static int SkipWhitespace(ReadOnlySpan<byte> file, int position)
    {
        while (position < file.Length)
        {
            if (file[position] == '%')
            {
                while (position < file.Length && file[position] is not (byte)'\r' and not (byte)'\n')
                {
                    position++;
                }
            }
            else if (IsWhitespace(file[position]))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>Reads a name (after its slash), decoding #xx escapes so "/Auth#6Fr" is seen as "/Author".</summary>
    public static string ReadName(ReadOnlySpan<byte> file, ref int position)
    {
        var name = new StringBuilder();
        position++;
        while (!EndsTokenAt(file, position))
        {
            var character = (char)file[position];
            if (character == '#' && position + 2 < file.Length && IsHex(file[position + 1]) && IsHex(file[position + 2]))
            {
                character = (char)(HexValue(file[position + 1]) * 16 + HexValue(file[position + 2]));
                position += 2;
            }

            if (name.Length < 128)
            {
                name.Append(character);
            }

            position++;
        }

        return name.ToString();
    }

    /// <summary>An indirect reference "12 0 R"; on success <paramref name="position"/> is past the R.</summary>
    public static bool TryReadReference(ReadOnlySpan<byte> file, ref int position, out PdfObjectId id)
    {
        id = default;
        var at = position;
        if (!TryReadNumber(file, ref at, out var number))
        {
            return false;
        }

        at = SkipWhitespace(file, at);
        if (!TryReadNumber(file, ref at, out var generation))
        {
            return false;
        }

        at = SkipWhitespace(file, at);
        if (at >= file.Length || file[at] != 'R' || !EndsTokenAt(file, at + 1))
        {
            return false;
        }

        id = new PdfObjectId(number, generation);
        position = at + 1;
        return true;
    }

    /// <summary>A non-negative integer of at most nine digits (object numbers and generations).</summary>
    public static bool TryReadNumber(ReadOnlySpan<byte> file, ref int position, out int number)
    {
        number = 0;
        var start = position;
        while (position < file.Length && char.IsAsciiDigit((char)file[position]) && position - start < 9)
        {
            number = number * 10 + (file[position] - '0');
            position++;
        }

        return position > start && EndsTokenAt(file, position);
    }

    /// <summary>A string "( ... )" or "&lt; ... &gt;" at <paramref name="position"/>: the range between its delimiters.</summary>
    public static bool TryReadString(ReadOnlySpan<byte> file, int position, out PdfString text)
    {
        text = default;
        if (position >= file.Length)
        {
            return false;
        }

        if (file[position] == '(')
        {
            var depth = 0;
            for (var at = position; at < file.Length; at++)
            {
                switch (file[at])
                {
                    case (byte)'\\':
                        at++;
                        break;
                    case (byte)'(':
                        depth++;
                        break;
                    case (byte)')' when --depth == 0:
                        text = new PdfString(position + 1, at - position - 1, Hex: false);
                        return true;
                }
            }

            return false;
        }

        if (file[position] == '<' && position + 1 < file.Length && file[position + 1] != '<')
        {
            for (var at = position + 1; at < file.Length; at++)
            {
                if (file[at] == '>')
                {
                    text = new PdfString(position + 1, at - position - 1, Hex: true);
                    return true;
                }

                if (!IsHex(file[at]) && !IsWhitespace(file[at]))
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>Steps over one value of any type; false when it is malformed or nested too deep.</summary>
    public static bool TrySkipValue(ReadOnlySpan<byte> file, ref int position, int depth = 0)
    {
        position = SkipWhitespace(file, position);
        if (depth > MaxDepth || position >= file.Length)
        {
            return false;
        }

        switch (file[position])
        {
            case (byte)'(' or (byte)'<' when TryReadString(file, position, out var text):
                position = text.Start + text.Length + 1;
                return true;
            case (byte)'<' when position + 1 < file.Length && file[position + 1] == '<':
                return TrySkipSequence(file, ref position, 2, ">>"u8, depth);
            case (byte)'[':
                return TrySkipSequence(file, ref position, 1, "]"u8, depth);
            case (byte)'/':
                ReadName(file, ref position);
                return true;
            case var other when IsDelimiter(other):
                return false;
            default:
                var start = position;
                while (!EndsTokenAt(file, position))
                {
                    position++;
                }

                return position > start;
        }
    }

    private static bool TrySkipSequence(ReadOnlySpan<byte> file, ref int position, int openerLength, ReadOnlySpan<byte> closer, int depth)
    {
        position += openerLength;
        while (true)
        {
            position = SkipWhitespace(file, position);
            if (file[position..].StartsWith(closer))
            {
                position += closer.Length;
                return true;
            }

            if (!TrySkipValue(file, ref position, depth + 1))
            {
                return false;
            }
        }
    }

    /// <summary>The bytes a string stands for: escapes resolved (literal) or digit pairs read (hex).</summary>
    public static string Decode(ReadOnlySpan<byte> file, PdfString text)
    {
        var inner = file.Slice(text.Start, Math.Min(text.Length, 4096));
        var bytes = text.Hex ? DecodeHex(inner) : DecodeLiteral(inner);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        return bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
            : Encoding.Latin1.GetString(bytes);
    }

    private static byte[] DecodeLiteral(ReadOnlySpan<byte> inner)
    {
        var bytes = new List<byte>(inner.Length);
        for (var at = 0; at < inner.Length; at++)
        {
            if (inner[at] != '\\' || at + 1 >= inner.Length)
            {
                bytes.Add(inner[at]);
                continue;
            }

            var escaped = inner[++at];
            switch (escaped)
            {
                case (byte)'n': bytes.Add((byte)'\n'); break;
                case (byte)'r': bytes.Add((byte)'\r'); break;
                case (byte)'t': bytes.Add((byte)'\t'); break;
                case (byte)'b': bytes.Add((byte)'\b'); break;
                case (byte)'f': bytes.Add((byte)'\f'); break;
                case (byte)'\r':
                    if (at + 1 < inner.Length && inner[at + 1] == '\n')
                    {
                        at++;
                    }

                    break;
                case (byte)'\n':
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = escaped - '0';
                    for (var digits = 1; digits < 3 && at + 1 < inner.Length && inner[at + 1] is >= (byte)'0' and <= (byte)'7'; digits++)
                    {
                        value = value * 8 + (inner[++at] - '0');
                    }

                    bytes.Add((byte)value);
                    break;
                default:
                    bytes.Add(escaped);
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] DecodeHex(ReadOnlySpan<byte> inner)
    {
        var bytes = new List<byte>(inner.Length / 2 + 1);
        int? high = null;
        foreach (var digit in inner)
        {
            if (!IsHex(digit))
            {
                continue;
            }

            if (high is { } first)
            {
                bytes.Add((byte)(first * 16 + HexValue(digit)));
                high = null;
            }
            else
            {
                high = HexValue(digit);
            }
        }

        if (high is { } last)
        {
            bytes.Add((byte)(last * 16));
        }

        return [.. bytes];
    }

    private static bool IsHex(byte value) => char.IsAsciiHexDigit((char)value);

    private static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}

/// <summary>An object number and generation: "12 0" in "12 0 obj" and "12 0 R".</summary>
internal readonly record struct PdfObjectId(int Number, int Generation);

/// <summary>The characters of a string between its delimiters; blanking them keeps every byte offset in the file.</summary>
internal readonly record struct PdfString(int Start, int Length, bool Hex)
{
    /// <summary>Spaces in a literal; "20" pairs in a hex string, which stays valid hex (an odd last digit reads as 0x20 too).</summary>
    public void Blank(Span<byte> file)
    {
        var characters = file.Slice(Start, Length);
        for (var index = 0; index < characters.Length; index++)
        {
            characters[index] = Hex && index % 2 == 0 ? (byte)'2' : Hex ? (byte)'0' : (byte)' ';
        }
    }
}
