namespace TipLine.Crypto.Age.Format;

/// <summary>What <see cref="ByteSource.TryReadLine"/> found.</summary>
internal enum LineReadResult
{
    Line,
    EndOfStream,
    Unterminated,
    TooLong,
}

/// <summary>
/// A small look-ahead buffer over a stream: lines and peeks for the header and armor, then plain reads
/// that drain the buffer before going straight to the stream, so the payload is never copied twice.
/// </summary>
internal sealed class ByteSource
{
    public const int MaxLineLength = 16 * 1024;

    private readonly Stream inner;
    private readonly byte[] buffer = new byte[MaxLineLength + 1];
    private int start;
    private int end;
    private bool innerExhausted;

    public ByteSource(Stream inner)
    {
        this.inner = inner;
    }

    /// <summary>Returns up to <paramref name="count"/> bytes without consuming them (fewer only at end of stream).</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        count = Math.Min(count, buffer.Length);
        while (end - start < count && !innerExhausted)
        {
            Compact();
            FillOnce();
        }

        return buffer.AsSpan(start, Math.Min(count, end - start));
    }

    /// <summary>Reads one line without its '\n'; the span is valid until the next call.</summary>
    public LineReadResult TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var index = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n');
            if (index >= 0)
            {
                line = buffer.AsSpan(start, searched + index);
                start += searched + index + 1;
                return LineReadResult.Line;
            }

            searched = end - start;
            if (searched > MaxLineLength)
            {
                line = default;
                return LineReadResult.TooLong;
            }

            if (innerExhausted)
            {
                line = buffer.AsSpan(start, end - start);
                start = end;
                return line.IsEmpty ? LineReadResult.EndOfStream : LineReadResult.Unterminated;
            }

            Compact();
            FillOnce();
        }
    }

    public int Read(Span<byte> destination)
    {
        if (end > start)
        {
            var n = Math.Min(destination.Length, end - start);
            buffer.AsSpan(start, n).CopyTo(destination);
            start += n;
            return n;
        }

        return innerExhausted || destination.IsEmpty ? 0 : inner.Read(destination);
    }

    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        if (end > start)
        {
            var n = Math.Min(destination.Length, end - start);
            buffer.AsMemory(start, n).CopyTo(destination);
            start += n;
            return n;
        }

        return innerExhausted || destination.IsEmpty ? 0 : await inner.ReadAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads until <paramref name="destination"/> is full or the stream ends; returns the count.</summary>
    public int ReadAtMost(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var n = Read(destination[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    public async ValueTask<int> ReadAtMostAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var n = await ReadAsync(destination[total..], cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private void Compact()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
    }

    private void FillOnce()
    {
        if (end == buffer.Length)
        {
            return;
        }

        var n = inner.Read(buffer, end, buffer.Length - end);
        if (n == 0)
        {
            innerExhausted = true;
        }

        end += n;
    }
}
