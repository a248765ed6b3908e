using TipLine.Crypto.Padding;

namespace TipLine.Crypto.Tests.Padding;

public sealed class PaddingStreamTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 7)]
    [InlineData(1000, 3)]
    [InlineData(65536, 4096)]
    [InlineData(200_003, 65536)]
    [InlineData(200_003, 100_000)]
    public void Streams_pad_like_the_static_helper_and_read_back_in_any_chunk_size(int size, int chunk)
    {
        var data = new byte[size];
        Random.Shared.NextBytes(data);

        var padded = WriteThroughPadding(data, chunk);

        Assert.Equal(PlaintextPadding.Pad(data), padded);
        Assert.Equal(data, ReadThroughPadding(padded, chunk));
    }

    [Fact]
    public void Candidate_markers_followed_by_zero_runs_across_buffer_boundaries_are_released_as_data()
    {
        // 0x80 then 150 000 zeros then data: the reader must hold back the run and give it back intact.
        var data = new byte[300_000];
        data[10] = 0x80;
        data[150_011] = 7;
        data[^1] = 0x80;

        var padded = PlaintextPadding.Pad(data);

        Assert.Equal(data, ReadThroughPadding(padded, 65536));
        Assert.Equal(data, ReadThroughPadding(padded, 1));
    }

    [Fact]
    public async Task Async_read_and_write_round_trip()
    {
        var data = new byte[123_457];
        Random.Shared.NextBytes(data);
        using var sink = new MemoryStream();
        await using (var writer = new PaddingWriteStream(sink, leaveOpen: true))
        {
            await writer.WriteAsync(data);
        }

        sink.Position = 0;
        await using var reader = new PaddingReadStream(sink, leaveOpen: true);
        using var result = new MemoryStream();
        await reader.CopyToAsync(result);

        Assert.Equal(data, result.ToArray());
    }

    [Fact]
    public void Reader_rejects_malformed_padding_at_the_end()
    {
        Assert.Throws<MalformedPaddingException>(() => ReadThroughPadding(new byte[4096], 512));
        Assert.Throws<MalformedPaddingException>(() => ReadThroughPadding([1, 2, 3, 4], 2));
        Assert.Throws<MalformedPaddingException>(() => ReadThroughPadding([1, 0x80, 0, 0, 9], 2));
        Assert.Throws<MalformedPaddingException>(() => ReadThroughPadding([], 2));
        var padded = PlaintextPadding.Pad(new byte[1000]);
        Assert.Throws<MalformedPaddingException>(() => ReadThroughPadding([.. padded, .. new byte[64]], 100));
    }

    [Fact]
    public void Writing_after_completion_fails()
    {
        using var sink = new MemoryStream();
        using var writer = new PaddingWriteStream(sink, leaveOpen: true);
        writer.Write([1, 2, 3]);
        writer.Complete();

        Assert.Throws<InvalidOperationException>(() => writer.Write([4]));
        Assert.Equal(PaddedLength.ForData(3), sink.Length);
    }

    [Fact]
    public void Fifty_MiB_of_zeros_streams_through_in_constant_memory()
    {
        const long size = 50L * 1024 * 1024;
        var paddedLength = PaddedLength.ForData(size);
        var written = new CountingSink();
        using (var writer = new PaddingWriteStream(written))
        {
            var chunk = new byte[81_920];
            for (long left = size; left > 0; left -= chunk.Length)
            {
                writer.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        Assert.Equal(paddedLength, written.Count);
        Assert.Equal(1, written.NonZeroBytes); // only the marker

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var reader = new PaddingReadStream(new GeneratedPaddedZeros(size, paddedLength));
        var buffer = new byte[81_920];
        long total = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            Assert.True(buffer.AsSpan(0, read).IndexOfAnyExcept((byte)0) < 0);
            total += read;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(size, total);
        Assert.True(allocated < 1024 * 1024, $"the reader allocated {allocated} bytes");
    }

    private static byte[] WriteThroughPadding(byte[] data, int chunk)
    {
        using var sink = new MemoryStream();
        using (var writer = new PaddingWriteStream(sink, leaveOpen: true))
        {
            for (var offset = 0; offset < data.Length; offset += chunk)
            {
                writer.Write(data, offset, Math.Min(chunk, data.Length - offset));
            }

            Assert.Equal(data.Length, writer.DataLength);
        }

        return sink.ToArray();
    }

    private static byte[] ReadThroughPadding(byte[] padded, int chunk)
    {
        using var reader = new PaddingReadStream(new MemoryStream(padded));
        using var result = new MemoryStream();
        var buffer = new byte[chunk];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            result.Write(buffer, 0, read);
        }

        return result.ToArray();
    }

    /// <summary>A write-only sink that only counts, so 50 MiB never sits in memory.</summary>
    private sealed class CountingSink : Stream
    {
        public long Count { get; private set; }

        public long NonZeroBytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Count += buffer.Length;
            NonZeroBytes += buffer.Length - buffer.Count((byte)0);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Produces zeros ‖ 0x80 ‖ zeros on the fly, so the input never sits in memory either.</summary>
    private sealed class GeneratedPaddedZeros(long dataLength, long totalLength) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => totalLength;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, totalLength - position);
            buffer[..n].Clear();
            if (position <= dataLength && dataLength < position + n)
            {
                buffer[(int)(dataLength - position)] = 0x80;
            }

            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
