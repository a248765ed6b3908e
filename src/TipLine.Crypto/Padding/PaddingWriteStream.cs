namespace TipLine.Crypto.Padding;

/// <summary>
/// Write-only stream that passes data through and, when disposed, appends 0x80 ‖ 0x00… so the total reaches the Padmé bucket.
/// Wrap the age encrypting stream with it so padding is applied to plaintext before encryption.
/// </summary>
public sealed class PaddingWriteStream : Stream
{
    private static readonly byte[] Zeros = new byte[16 * 1024];
    private readonly Stream inner;
    private readonly bool leaveOpen;
    private long dataLength;
    private bool completed;
    private bool disposed;

    public PaddingWriteStream(Stream inner, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!inner.CanWrite)
        {
            throw new ArgumentException("The inner stream must be writable.", nameof(inner));
        }

        this.inner = inner;
        this.leaveOpen = leaveOpen;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !disposed && !completed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => dataLength;
        set => throw new NotSupportedException();
    }

    /// <summary>Bytes of data written so far (excluding padding).</summary>
    public long DataLength => dataLength;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureWritable();
        inner.Write(buffer);
        dataLength += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        dataLength += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Writes the padding; further writes fail. Called by Dispose when not called explicitly.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        completed = true;
        inner.WriteByte(PlaintextPadding.Marker);
        var zeros = PaddedLength.ForData(dataLength) - dataLength - 1;
        while (zeros > 0)
        {
            var n = (int)Math.Min(zeros, Zeros.Length);
            inner.Write(Zeros, 0, n);
            zeros -= n;
        }

        inner.Flush();
    }

    /// <summary>Asynchronous <see cref="Complete"/>.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (completed)
        {
            return;
        }

        completed = true;
        await inner.WriteAsync(new[] { PlaintextPadding.Marker }, cancellationToken).ConfigureAwait(false);
        var zeros = PaddedLength.ForData(dataLength) - dataLength - 1;
        while (zeros > 0)
        {
            var n = (int)Math.Min(zeros, Zeros.Length);
            await inner.WriteAsync(Zeros.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            zeros -= n;
        }

        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            try
            {
                await CompleteAsync().ConfigureAwait(false);
            }
            finally
            {
                disposed = true;
                if (!leaveOpen)
                {
                    await inner.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            try
            {
                Complete();
            }
            finally
            {
                disposed = true;
                if (!leaveOpen)
                {
                    inner.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (completed)
        {
            throw new InvalidOperationException("The padding has already been written.");
        }
    }
}
