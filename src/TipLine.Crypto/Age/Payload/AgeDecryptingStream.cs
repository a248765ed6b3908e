using System.Buffers;
using System.Security.Cryptography;
using TipLine.Crypto.Age.Format;

namespace TipLine.Crypto.Age.Payload;

/// <summary>
/// Read-only stream that opens STREAM chunks one at a time. It reads one byte beyond each full chunk to learn
/// whether that chunk is the last, and hands out plaintext only after the chunk's tag has verified.
/// </summary>
internal sealed class AgeDecryptingStream : Stream
{
    private const int LookAheadSize = PayloadFormat.EncryptedChunkSize + 1;
    private const int BatchChunks = 16;

    private readonly ByteSource source;
    private readonly Stream? ownedInput;
    private readonly ChaCha20Poly1305 aead;
    private readonly byte[] ciphertext;
    private readonly byte[] plaintext;
    private readonly byte[] nonce = new byte[PayloadFormat.NonceSize];
    private readonly byte[] payloadKey;
    private ChaCha20Poly1305? secondAead;
    private byte[]? batch;
    private int cipherCount;
    private int plainStart;
    private int plainEnd;
    private ulong counter;
    private bool sawLastChunk;
    private bool released;
    private AgeException? pendingFailure;

    public AgeDecryptingStream(ByteSource source, ReadOnlySpan<byte> payloadKey, Stream? ownedInput)
    {
        this.source = source;
        this.ownedInput = ownedInput;
        aead = new ChaCha20Poly1305(payloadKey);
        this.payloadKey = payloadKey.ToArray();
        ciphertext = ArrayPool<byte>.Shared.Rent(LookAheadSize);
        plaintext = ArrayPool<byte>.Shared.Rent(PayloadFormat.ChunkSize);
    }

    public override bool CanRead => !released;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ObjectDisposedException.ThrowIf(released, this);
        ThrowPendingFailure();
        if (plainStart == plainEnd && !sawLastChunk && count >= 2 * PayloadFormat.ChunkSize && Environment.ProcessorCount > 1)
        {
            var opened = OpenBatch(buffer, offset, count);
            if (opened > 0)
            {
                return opened;
            }
        }

        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(released, this);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        ThrowPendingFailure();
        var written = CopyBuffered(buffer);
        try
        {
            while (written < buffer.Length && !sawLastChunk)
            {
                cipherCount += source.ReadAtMost(ciphertext.AsSpan(cipherCount, LookAheadSize - cipherCount));
                written += OpenChunk(buffer[written..]);
            }
        }
        catch (AgeException failure)
        {
            // Failures are sticky; chunks that did authenticate in this call are handed out first.
            pendingFailure = failure;
            if (written == 0)
            {
                throw;
            }
        }

        return written;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(released, this);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        ThrowPendingFailure();
        var written = CopyBuffered(buffer.Span);
        try
        {
            while (written < buffer.Length && !sawLastChunk)
            {
                cipherCount += await source.ReadAtMostAsync(ciphertext.AsMemory(cipherCount, LookAheadSize - cipherCount), cancellationToken).ConfigureAwait(false);
                written += OpenChunk(buffer.Span[written..]);
            }
        }
        catch (AgeException failure)
        {
            pendingFailure = failure;
            if (written == 0)
            {
                throw;
            }
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !released)
        {
            released = true;
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
            ownedInput?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Opens, on two cores, the chunks that are certainly followed by more data (so certainly not last),
    /// straight into the caller's array. The bytes after them (at most one chunk) go back to the look-ahead
    /// buffer for the one-chunk path, which alone decides about the final chunk. Returns 0 if no chunk qualified.
    /// </summary>
    private int OpenBatch(byte[] destination, int offset, int count)
    {
        var maxChunks = Math.Min(BatchChunks, count / PayloadFormat.ChunkSize);
        batch ??= ArrayPool<byte>.Shared.Rent((BatchChunks * PayloadFormat.EncryptedChunkSize) + 1);
        ciphertext.AsSpan(0, cipherCount).CopyTo(batch);
        var filled = cipherCount + source.ReadAtMost(batch.AsSpan(cipherCount, (maxChunks * PayloadFormat.EncryptedChunkSize) + 1 - cipherCount));
        var chunks = filled == 0 ? 0 : (filled - 1) / PayloadFormat.EncryptedChunkSize;
        var consumed = chunks * PayloadFormat.EncryptedChunkSize;
        batch.AsSpan(consumed, filled - consumed).CopyTo(ciphertext);
        cipherCount = filled - consumed;
        if (chunks == 0)
        {
            return 0;
        }

        var half = (chunks + 1) / 2;
        var firstCounter = counter;
        var input = batch;
        var helper = secondAead ??= new ChaCha20Poly1305(payloadKey);
        var second = chunks > 1 ? Task.Run(() => OpenRange(helper, input, destination, offset, half, chunks, firstCounter)) : null;
        var firstFailure = OpenRange(aead, input, destination, offset, 0, Math.Min(half, chunks), firstCounter);
        var secondFailure = second?.GetAwaiter().GetResult() ?? -1;
        var failed = firstFailure >= 0 ? firstFailure : secondFailure;
        if (failed < 0)
        {
            counter += (ulong)chunks;
            return chunks * PayloadFormat.ChunkSize;
        }

        // Chunks after the failing one are not handed out: clear them, keep the authenticated prefix.
        destination.AsSpan(offset + (failed * PayloadFormat.ChunkSize), (chunks - failed) * PayloadFormat.ChunkSize).Clear();
        counter += (ulong)failed;
        var failedChunk = input.AsSpan(failed * PayloadFormat.EncryptedChunkSize, PayloadFormat.EncryptedChunkSize);
        var failure = ClassifyFailure(failedChunk, last: false);
        cipherCount = 0;
        pendingFailure = failure;
        if (failed == 0)
        {
            throw failure;
        }

        return failed * PayloadFormat.ChunkSize;
    }

    /// <summary>Opens chunks [from, to) of the batch; returns the index of the first that fails, or -1.</summary>
    private static int OpenRange(ChaCha20Poly1305 cipher, byte[] input, byte[] destination, int offset, int from, int to, ulong firstCounter)
    {
        Span<byte> chunkNonce = stackalloc byte[PayloadFormat.NonceSize];
        for (var i = from; i < to; i++)
        {
            PayloadFormat.SetNonce(chunkNonce, firstCounter + (ulong)i, last: false);
            var chunk = input.AsSpan(i * PayloadFormat.EncryptedChunkSize, PayloadFormat.EncryptedChunkSize);
            var target = destination.AsSpan(offset + (i * PayloadFormat.ChunkSize), PayloadFormat.ChunkSize);
            try
            {
                cipher.Decrypt(chunkNonce, chunk[..PayloadFormat.ChunkSize], chunk[PayloadFormat.ChunkSize..], target);
            }
            catch (AuthenticationTagMismatchException)
            {
                CryptographicOperations.ZeroMemory(target);
                return i;
            }
        }

        return -1;
    }

    private void ThrowPendingFailure()
    {
        if (pendingFailure is not null)
        {
            throw pendingFailure;
        }
    }

    private int CopyBuffered(Span<byte> destination)
    {
        var n = Math.Min(destination.Length, plainEnd - plainStart);
        plaintext.AsSpan(plainStart, n).CopyTo(destination);
        plainStart += n;
        return n;
    }

    /// <summary>Opens the chunk at the start of the ciphertext buffer; returns how many plaintext bytes went to the destination.</summary>
    private int OpenChunk(Span<byte> destination)
    {
        var last = cipherCount < LookAheadSize;
        var length = last ? cipherCount : PayloadFormat.EncryptedChunkSize;
        if (last && length == 0)
        {
            throw new AgeException(AgeError.TruncatedPayload, counter == 0
                ? "The age file has no payload."
                : "The age file is truncated: its last chunk is missing.");
        }

        if (length < PayloadFormat.TagSize)
        {
            throw new AgeException(AgeError.TruncatedPayload, "The age file is truncated inside a payload chunk.");
        }

        var plainLength = length - PayloadFormat.TagSize;
        if (last && plainLength == 0 && counter > 0)
        {
            throw new AgeException(AgeError.EmptyFinalChunk, "The final payload chunk is empty but the payload is not.");
        }

        // Decrypt straight into the caller's buffer when a whole chunk fits; on failure .NET clears what it wrote.
        var direct = destination.Length >= plainLength;
        var target = direct ? destination[..plainLength] : plaintext.AsSpan(0, plainLength);
        var chunk = ciphertext.AsSpan(0, length);
        if (!TryOpen(chunk, target, last))
        {
            throw ClassifyFailure(chunk, last);
        }

        counter++;
        if (last)
        {
            sawLastChunk = true;
            cipherCount = 0;
        }
        else
        {
            // Keep the look-ahead byte: it starts the next chunk.
            ciphertext[0] = ciphertext[PayloadFormat.EncryptedChunkSize];
            cipherCount = 1;
        }

        if (direct)
        {
            return plainLength;
        }

        plainStart = 0;
        plainEnd = plainLength;
        return CopyBuffered(destination);
    }

    private bool TryOpen(ReadOnlySpan<byte> chunk, Span<byte> target, bool last)
    {
        PayloadFormat.SetNonce(nonce, counter, last);
        var body = chunk[..^PayloadFormat.TagSize];
        try
        {
            aead.Decrypt(nonce, body, chunk[^PayloadFormat.TagSize..], target);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(target);
            return false;
        }
    }

    /// <summary>Tells truncation and trailing data apart from plain corruption by trying the other last-chunk flag.</summary>
    private AgeException ClassifyFailure(ReadOnlySpan<byte> chunk, bool last)
    {
        var scratch = plaintext.AsSpan(0, chunk.Length - PayloadFormat.TagSize);
        var otherFlagOpens = TryOpen(chunk, scratch, !last);
        CryptographicOperations.ZeroMemory(scratch);
        if (otherFlagOpens && last)
        {
            return new AgeException(AgeError.TruncatedPayload, "The age file is truncated: the last chunk is not marked final.");
        }

        if (otherFlagOpens)
        {
            return new AgeException(AgeError.TrailingData, "The age file has trailing data after its final chunk.");
        }

        return new AgeException(AgeError.PayloadAuthenticationFailed, "A payload chunk failed authentication: the file is corrupted or was tampered with.");
    }
}
