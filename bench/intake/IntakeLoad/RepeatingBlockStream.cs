using System.Security.Cryptography;

namespace TipLine.Bench.Intake;

/// <summary>
/// A read-only stream of <c>length</c> bytes that repeats one random 1 MiB block: a large "file" that costs no disk
/// and no memory beyond the block. What the server does with it (pad, encrypt, write) does not depend on the bytes.
/// </summary>
public sealed class RepeatingBlockStream(long length) : Stream
{
    private const int BlockBytes = 1024 * 1024;
    private readonly byte[] block = RandomNumberGenerator.GetBytes(BlockBytes);
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = length - position;
        if (remaining <= 0 || buffer.IsEmpty)
        {
            return 0;
        }

        var start = (int)(position % BlockBytes);
        var count = (int)Math.Min(Math.Min(buffer.Length, BlockBytes - start), remaining);
        block.AsSpan(start, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
