using System.Buffers;
using System.Security.Cryptography;

namespace TipLine.Crypto.Age.Payload;

/// <summary>
/// Write-only stream that seals plaintext into 64 KiB STREAM chunks. A full chunk is held back until more
/// data arrives, because only Dispose knows which chunk is the last. Buffers come from the array pool.
/// </summary>
internal sealed class AgeEncryptingStream : Stream
{
    private readonly Stream destination;
    private readonly Stream? armor;
    private readonly bool leaveOpen;
    private readonly ChaCha20Poly1305 aead;
    private readonly byte[] plaintext;
    private readonly byte[] ciphertext;
    private readonly byte[] nonce = new byte[PayloadFormat.NonceSize];
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
        plaintext = ArrayPool<byte>.Shared.Rent(PayloadFormat.ChunkSize);
        ciphertext = ArrayPool<byte>.Shared.Rent(PayloadFormat.EncryptedChunkSize);
    }

    public override bool CanRead => false;

    private Stream Output => armor ?? destination;

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
            var span = buffer.Span;
            var before = span.Length;
            var sealedLength = SealNextOrBuffer(ref span);
            buffer = buffer[(before - span.Length)..];
            if (sealedLength > 0)
            {
                await Output.WriteAsync(ciphertext.AsMemory(0, sealedLength), cancellationToken).ConfigureAwait(false);
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
        CryptographicOperations.ZeroMemory(plaintext.AsSpan(0, PayloadFormat.ChunkSize));
        ArrayPool<byte>.Shared.Return(plaintext);
        ArrayPool<byte>.Shared.Return(ciphertext);
    }
}
