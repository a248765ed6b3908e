namespace TipLine.Crypto.Padding;

/// <summary>
/// Read-only stream that yields the data of a padded plaintext (see <see cref="PaddingWriteStream"/>) in constant memory:
/// a candidate 0x80 marker and the zeros after it are held back as a count, and released as data if a non-zero byte follows.
/// At the end it throws <see cref="MalformedPaddingException"/> unless the tail was 0x80 0x00… of the exact Padmé length.
/// </summary>
public sealed class PaddingReadStream : Stream
{
    private readonly Stream inner;
    private readonly bool leaveOpen;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int bufferPosition;
    private int bufferLength;
    private bool innerEnded;
    private bool verified;
    private bool heldMarker;
    private long heldZeros;
    private bool releaseMarker;
    private long releaseZeros;
    private long dataLength;
    private bool disposed;

    public PaddingReadStream(Stream inner, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!inner.CanRead)
        {
            throw new ArgumentException("The inner stream must be readable.", nameof(inner));
        }

        this.inner = inner;
        this.leaveOpen = leaveOpen;
    }

    public override bool CanRead => !disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => dataLength;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (destination.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            var written = Drain(destination);
            if (written > 0 || verified)
            {
                return written;
            }

            if (innerEnded)
            {
                VerifyEnd();
                return 0;
            }

            bufferLength = inner.Read(this.buffer, 0, this.buffer.Length);
            bufferPosition = 0;
            innerEnded = bufferLength == 0;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (destination.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            var written = Drain(destination.Span);
            if (written > 0 || verified)
            {
                return written;
            }

            if (innerEnded)
            {
                VerifyEnd();
                return 0;
            }

            bufferLength = await inner.ReadAsync(this.buffer, cancellationToken).ConfigureAwait(false);
            bufferPosition = 0;
            innerEnded = bufferLength == 0;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            if (!leaveOpen)
            {
                inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    // Moves as much as possible from the internal buffer (and any released held-back bytes) to destination, without reading inner.
    private int Drain(Span<byte> destination)
    {
        var written = 0;
        while (written < destination.Length)
        {
            if (releaseMarker)
            {
                destination[written++] = PlaintextPadding.Marker;
                releaseMarker = false;
                continue;
            }

            if (releaseZeros > 0)
            {
                var zeros = (int)Math.Min(releaseZeros, destination.Length - written);
                destination.Slice(written, zeros).Clear();
                written += zeros;
                releaseZeros -= zeros;
                continue;
            }

            var available = this.buffer.AsSpan(bufferPosition, bufferLength - bufferPosition);
            if (available.IsEmpty)
            {
                break;
            }

            if (heldMarker)
            {
                var nonZero = available.IndexOfAnyExcept((byte)0);
                if (nonZero < 0)
                {
                    heldZeros += available.Length;
                    bufferPosition = bufferLength;
                    continue;
                }

                // A non-zero byte follows, so the held marker and zeros were data after all.
                heldZeros += nonZero;
                bufferPosition += nonZero;
                releaseMarker = true;
                releaseZeros = heldZeros;
                heldMarker = false;
                heldZeros = 0;
                continue;
            }

            var room = Math.Min(available.Length, destination.Length - written);
            var markerIndex = available[..room].IndexOf(PlaintextPadding.Marker);
            var copy = markerIndex < 0 ? room : markerIndex;
            available[..copy].CopyTo(destination[written..]);
            written += copy;
            bufferPosition += copy;
            if (markerIndex >= 0)
            {
                bufferPosition++;
                heldMarker = true;
            }
        }

        dataLength += written;
        return written;
    }

    private void VerifyEnd()
    {
        if (!heldMarker)
        {
            throw new MalformedPaddingException("The plaintext does not end with a 0x80 padding marker followed only by zeros.");
        }

        // dataLength counts everything released; the held marker and zeros are the padding.
        if (PaddedLength.ForData(dataLength) != checked(dataLength + 1 + heldZeros))
        {
            throw new MalformedPaddingException("The padded length is not the Padmé bucket of the data length.");
        }

        verified = true;
    }
}
