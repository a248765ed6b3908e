using System.Buffers;
using System.Buffers.Text;

namespace TipLine.Crypto.Age.Armor;

/// <summary>Write-only PEM encoder: padded base64 in 64-column lines between the age BEGIN/END lines.</summary>
internal sealed class ArmorEncodingStream : Stream
{
    private const int LinesPerBlock = 1024;
    private const int BlockInput = ArmorFormat.BytesPerLine * LinesPerBlock;
    private const int BlockOutput = (ArmorFormat.ColumnsPerLine + 1) * LinesPerBlock;

    private readonly Stream destination;
    private readonly byte[] pending = ArrayPool<byte>.Shared.Rent(BlockInput);
    private readonly byte[] encoded = ArrayPool<byte>.Shared.Rent(BlockOutput);
    private int pendingCount;
    private bool finished;

    public ArmorEncodingStream(Stream destination)
    {
        this.destination = destination;
        destination.Write(System.Text.Encoding.ASCII.GetBytes(ArmorFormat.Header + "\n"));
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !finished;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, BlockInput - pendingCount);
            buffer[..take].CopyTo(pending.AsSpan(pendingCount));
            pendingCount += take;
            buffer = buffer[take..];
            if (pendingCount == BlockInput)
            {
                destination.Write(encoded, 0, EncodePending());
            }
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, BlockInput - pendingCount);
            buffer[..take].CopyTo(pending.AsMemory(pendingCount));
            pendingCount += take;
            buffer = buffer[take..];
            if (pendingCount == BlockInput)
            {
                await destination.WriteAsync(encoded.AsMemory(0, EncodePending()), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => destination.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !finished)
        {
            try
            {
                destination.Write(encoded, 0, EncodePending());
                destination.Write(System.Text.Encoding.ASCII.GetBytes(ArmorFormat.Footer + "\n"));
            }
            finally
            {
                finished = true;
                ArrayPool<byte>.Shared.Return(pending);
                ArrayPool<byte>.Shared.Return(encoded);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Encodes all pending bytes into 64-column lines (the last one possibly shorter and padded).</summary>
    private int EncodePending()
    {
        var written = 0;
        for (var offset = 0; offset < pendingCount; offset += ArmorFormat.BytesPerLine)
        {
            var length = Math.Min(ArmorFormat.BytesPerLine, pendingCount - offset);
            Base64.EncodeToUtf8(pending.AsSpan(offset, length), encoded.AsSpan(written), out _, out var lineLength);
            written += lineLength;
            encoded[written++] = (byte)'\n';
        }

        pendingCount = 0;
        return written;
    }
}
