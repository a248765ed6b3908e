using System.Buffers;
using System.Security.Cryptography;

namespace TipLine.Crypto.Age.Payload;

/// <summary>
/// Write-only stream that seals plaintext into 64 KiB STREAM chunks. A full chunk is held back until more
/// data arrives, because only Dispose knows which chunk is the last. Buffers come from the array pool.
/// </summary>
internal sealed class AgeEncryptingStream : Stream
{
    private const int BatchChunks = 16;

    private readonly Stream destination;
    private readonly Stream? armor;
    private readonly bool leaveOpen;
    private readonly ChaCha20Poly1305 aead;
    private readonly byte[] payloadKey;
    private readonly byte[] plaintext;
    private readonly byte[] ciphertext;
    private readonly byte[] nonce = new byte[PayloadFormat.NonceSize];
    private ChaCha20Poly1305? secondAead;
    private byte[]? batch;
    private int buffered;
    private ulong counter;
    private bool finished;

    /// <param name="destination">The caller's stream.</param>
    /// <param name="armor">An armor encoder over <paramref name="destination"/> that chunks go through, or null for binary.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="destination"/> open when this stream is disposed.</param>
    /// <param name="payloadKey">The derived payload key.</param>
    public AgeEncryptingStream(Stream destination, Stream? armor, bool leaveOpen, ReadOnlySpan<byte> payloadKey)
    {
        this.destination = destination;
        this.armor = armor;
        this.leaveOpen = leaveOpen;
        aead = new ChaCha20Poly1305(payloadKey);
        this.payloadKey = payloadKey.ToArray();
        plaintext = ArrayPool<byte>.Shared.Rent(PayloadFormat.ChunkSize);
        ciphertext = ArrayPool<byte>.Shared.Rent(PayloadFormat.EncryptedChunkSize);
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

    public override void Write(byte[] buffer, int offset, int count)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        ReadOnlyMemory<byte> input = buffer.AsMemory(offset, count);
        while (!input.IsEmpty)
        {
            var length = SealBatchOrNext(ref input);
            if (length > 0)
            {
                Output.Write(length > PayloadFormat.EncryptedChunkSize ? batch! : ciphertext, 0, length);
            }
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        while (!buffer.IsEmpty)
        {
            var sealedLength = SealNextOrBuffer(ref buffer);
            if (sealedLength > 0)
            {
                Output.Write(ciphertext, 0, sealedLength);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        while (!buffer.IsEmpty)
        {
            var length = SealBatchOrNext(ref buffer);
            if (length > 0)
            {
                var source = length > PayloadFormat.EncryptedChunkSize ? batch! : ciphertext;
                await Output.WriteAsync(source.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override void Flush()
    {
        // Chunks can only be sealed once it is known whether they are last; Flush forwards what is already sealed.
        Output.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Output.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !finished)
        {
            try
            {
                var length = SealChunk(plaintext.AsSpan(0, buffered), last: true);
                Output.Write(ciphertext, 0, length);
                armor?.Dispose();
                destination.Flush();
            }
            finally
            {
                Release();
                if (!leaveOpen)
                {
                    destination.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!finished)
        {
            try
            {
                var length = SealChunk(plaintext.AsSpan(0, buffered), last: true);
                await Output.WriteAsync(ciphertext.AsMemory(0, length)).ConfigureAwait(false);
                if (armor is not null)
                {
                    await armor.DisposeAsync().ConfigureAwait(false);
                }

                await destination.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                Release();
                if (!leaveOpen)
                {
                    await destination.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        await base.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private Stream Output => armor ?? destination;

    /// <summary>
    /// Like <see cref="SealNextOrBuffer"/>, but when the caller hands over several chunks that are certainly not
    /// the last, seals up to 16 of them on two cores into the batch buffer (returned length exceeds one chunk).
    /// </summary>
    private int SealBatchOrNext(ref ReadOnlyMemory<byte> input)
    {
        if (buffered != 0 || input.Length <= 2 * PayloadFormat.ChunkSize || Environment.ProcessorCount < 2)
        {
            var span = input.Span;
            var before = span.Length;
            var length = SealNextOrBuffer(ref span);
            input = input[(before - span.Length)..];
            return length;
        }

        var count = Math.Min(BatchChunks, (input.Length - 1) / PayloadFormat.ChunkSize);
        batch ??= ArrayPool<byte>.Shared.Rent(BatchChunks * PayloadFormat.EncryptedChunkSize);
        secondAead ??= new ChaCha20Poly1305(payloadKey);
        var chunks = input[..(count * PayloadFormat.ChunkSize)];
        var firstHalf = (count + 1) / 2;
        var firstCounter = counter;
        var output = batch;
        var helper = secondAead;
        var second = Task.Run(() => SealRange(helper, chunks, output, firstHalf, count, firstCounter));
        SealRange(aead, chunks, output, 0, firstHalf, firstCounter);
        second.GetAwaiter().GetResult();
        counter += (ulong)count;
        input = input[(count * PayloadFormat.ChunkSize)..];
        return count * PayloadFormat.EncryptedChunkSize;
    }

    private static void SealRange(ChaCha20Poly1305 cipher, ReadOnlyMemory<byte> chunks, byte[] output, int from, int to, ulong firstCounter)
    {
        Span<byte> chunkNonce = stackalloc byte[PayloadFormat.NonceSize];
        for (var i = from; i < to; i++)
        {
            PayloadFormat.SetNonce(chunkNonce, firstCounter + (ulong)i, last: false);
            var sealedChunk = output.AsSpan(i * PayloadFormat.EncryptedChunkSize, PayloadFormat.EncryptedChunkSize);
            cipher.Encrypt(chunkNonce, chunks.Span.Slice(i * PayloadFormat.ChunkSize, PayloadFormat.ChunkSize), sealedChunk[..PayloadFormat.ChunkSize], sealedChunk[PayloadFormat.ChunkSize..]);
        }
    }

    /// <summary>Consumes input; returns the length of a sealed chunk ready in the ciphertext buffer, or 0.</summary>
    private int SealNextOrBuffer(ref ReadOnlySpan<byte> input)
    {
        if (buffered == PayloadFormat.ChunkSize)
        {
            // More data follows, so the held-back full chunk is not the last.
            buffered = 0;
            return SealChunk(plaintext.AsSpan(0, PayloadFormat.ChunkSize), last: false);
        }

        if (buffered == 0 && input.Length > PayloadFormat.ChunkSize)
        {
            // Fast path: seal straight from the caller's buffer, no copy.
            var length = SealChunk(input[..PayloadFormat.ChunkSize], last: false);
            input = input[PayloadFormat.ChunkSize..];
            return length;
        }

        var take = Math.Min(input.Length, PayloadFormat.ChunkSize - buffered);
        input[..take].CopyTo(plaintext.AsSpan(buffered));
        buffered += take;
        input = input[take..];
        return 0;
    }

    private int SealChunk(ReadOnlySpan<byte> chunk, bool last)
    {
        PayloadFormat.SetNonce(nonce, counter, last);
        aead.Encrypt(nonce, chunk, ciphertext.AsSpan(0, chunk.Length), ciphertext.AsSpan(chunk.Length, PayloadFormat.TagSize));
        counter++;
        return chunk.Length + PayloadFormat.TagSize;
    }

    private void Release()
    {
        finished = true;
        aead.Dispose();
        secondAead?.Dispose();
        CryptographicOperations.ZeroMemory(payloadKey);
        if (batch is not null)
        {
            ArrayPool<byte>.Shared.Return(batch);
        }

        CryptographicOperations.ZeroMemory(plaintext.AsSpan(0, PayloadFormat.ChunkSize));
        ArrayPool<byte>.Shared.Return(plaintext);
        ArrayPool<byte>.Shared.Return(ciphertext);
    }
}
