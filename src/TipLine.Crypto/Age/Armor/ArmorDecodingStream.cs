using TipLine.Crypto.Age.Format;

namespace TipLine.Crypto.Age.Armor;

/// <summary>
/// Read-only strict PEM decoder: only whitespace may surround the block, lines are 64 columns except the last,
/// base64 must be canonical and padded, LF or CRLF line endings.
/// </summary>
internal sealed class ArmorDecodingStream : Stream
{
    private readonly ByteSource source;
    private readonly byte[] decoded = new byte[ArmorFormat.BytesPerLine];
    private int decodedStart;
    private int decodedEnd;
    private bool started;
    private bool finished;

    public ArmorDecodingStream(ByteSource source)
    {
        this.source = source;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>True when the stream, after optional leading whitespace, starts like a PEM block.</summary>
    public static bool StartsWithArmor(ByteSource source)
    {
        var peek = source.Peek(ArmorFormat.MaxSurroundingWhitespace + ArmorFormat.Header.Length);
        var skip = 0;
        while (skip < peek.Length && ArmorFormat.IsWhitespace(peek[skip]))
        {
            skip++;
        }

        // Anything PEM-like goes to the strict armor parser, so a near-miss is reported as bad armor.
        return peek[skip..].StartsWith("-----"u8);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (decodedStart == decodedEnd && !DecodeNextLine())
            {
                break;
            }

            var n = Math.Min(buffer.Length - written, decodedEnd - decodedStart);
            decoded.AsSpan(decodedStart, n).CopyTo(buffer[written..]);
            decodedStart += n;
            written += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static AgeException Malformed(string message) => new(AgeError.MalformedArmor, message);

    private bool DecodeNextLine()
    {
        if (finished)
        {
            return false;
        }

        if (!started)
        {
            SkipLeadingWhitespace();
            if (!ReadLine().SequenceEqual("-----BEGIN AGE ENCRYPTED FILE-----"u8))
            {
                throw Malformed("The armor does not start with the age BEGIN line.");
            }

            started = true;
        }

        var line = ReadLine();
        if (line.SequenceEqual("-----END AGE ENCRYPTED FILE-----"u8))
        {
            Finish();
            return false;
        }

        if (line.Length > ArmorFormat.ColumnsPerLine || line.IsEmpty)
        {
            throw Malformed("Armor lines must be 1 to 64 columns.");
        }

        if (!AgeBase64.TryDecodePadded(line, decoded, out var n))
        {
            throw Malformed("The armor contains invalid or non-canonical base64.");
        }

        decodedStart = 0;
        decodedEnd = n;
        if (n < ArmorFormat.BytesPerLine)
        {
            // A short line is the last one: only the END line may follow.
            if (!ReadLine().SequenceEqual("-----END AGE ENCRYPTED FILE-----"u8))
            {
                throw Malformed("The armor has data after a short line or lacks its END line.");
            }

            Finish();
        }

        return true;
    }

    private ReadOnlySpan<byte> ReadLine()
    {
        var result = source.TryReadLine(out var line);
        if (result == LineReadResult.EndOfStream || result == LineReadResult.TooLong)
        {
            throw Malformed("The armor ends without its END line.");
        }

        return line.EndsWith((byte)'\r') ? line[..^1] : line;
    }

    private void SkipLeadingWhitespace()
    {
        var peek = source.Peek(ArmorFormat.MaxSurroundingWhitespace + 1);
        var skip = 0;
        while (skip < peek.Length && ArmorFormat.IsWhitespace(peek[skip]))
        {
            skip++;
        }

        if (skip > ArmorFormat.MaxSurroundingWhitespace)
        {
            throw Malformed("Too much whitespace before the armor.");
        }

        Span<byte> discard = stackalloc byte[skip];
        source.ReadAtMost(discard);
    }

    private void Finish()
    {
        finished = true;
        Span<byte> trailing = stackalloc byte[ArmorFormat.MaxSurroundingWhitespace + 1];
        var n = source.ReadAtMost(trailing);
        if (n > ArmorFormat.MaxSurroundingWhitespace)
        {
            throw Malformed("Too much data after the armor.");
        }

        foreach (var b in trailing[..n])
        {
            if (!ArmorFormat.IsWhitespace(b))
            {
                throw Malformed("Data after the armor END line.");
            }
        }
    }
}
