namespace TipLine.Bench.Intake;

/// <summary>
/// Write-only stream that collects ciphertext into one chunk-sized buffer and PUTs each full chunk at its offset, as
/// the browser's chunked upload does: the client holds one chunk whatever the file size.
/// </summary>
public sealed class ChunkUploadSink(IntakeApiClient api, string submission, string file, int chunkBytes) : Stream
{
    private readonly byte[] chunk = new byte[chunkBytes];
    private int buffered;
    private long uploaded;

    public long UploadedBytes => uploaded;

    public int Chunks { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => uploaded + buffered;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Math.Min(buffer.Length, chunk.Length - buffered);
            buffer[..taken].CopyTo(chunk.AsSpan(buffered));
            buffered += taken;
            buffer = buffer[taken..];
            if (buffered == chunk.Length)
            {
                api.PutChunk(submission, file, uploaded, chunk.AsMemory(0, buffered));
                Sent();
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Math.Min(buffer.Length, chunk.Length - buffered);
            buffer[..taken].CopyTo(chunk.AsMemory(buffered));
            buffered += taken;
            buffer = buffer[taken..];
            if (buffered == chunk.Length)
            {
                await api.PutChunkAsync(submission, file, uploaded, chunk.AsMemory(0, buffered), cancellationToken);
                Sent();
            }
        }
    }

    /// <summary>Uploads the last, partial chunk. The encrypting stream only knows the end when it is disposed, so flushing never sends a partial chunk.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (buffered > 0)
        {
            await api.PutChunkAsync(submission, file, uploaded, chunk.AsMemory(0, buffered), cancellationToken);
            Sent();
        }
    }

    public override void Flush()
    {
        // Deliberately nothing: see CompleteAsync.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Sent()
    {
        uploaded += buffered;
        buffered = 0;
        Chunks++;
    }
}
