using System.Security.Cryptography;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;

namespace TipLine.Web.Intake;

/// <summary>
/// Write-only stream into a pending blob that measures what passes (length, SHA-256, the first bytes for the age
/// header check) and refuses to grow past a limit, so nobody can fill the disk through one upload.
/// Only ciphertext is ever written here.
/// </summary>
public sealed class CiphertextSinkStream(IPendingBlob blob, long maximumLength) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] head = new byte[UploadedCiphertext.HeadLength];
    private int headLength;
    private long length;

    public IPendingBlob Blob => blob;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    /// <summary>Finishes the hash and hands the blob over; call once, after the last write.</summary>
    public async Task<UploadedCiphertext> CompleteAsync(CancellationToken cancellationToken)
    {
        await blob.Content.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new UploadedCiphertext(blob, length, hash.GetHashAndReset(), head[..headLength]);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Account(buffer);
        blob.Content.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Account(buffer.Span);
        return blob.Content.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => blob.Content.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => blob.Content.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Account(ReadOnlySpan<byte> buffer)
    {
        if (length + buffer.Length > maximumLength)
        {
            throw new UploadTooLargeException();
        }

        var toHead = Math.Min(buffer.Length, head.Length - headLength);
        if (toHead > 0)
        {
            buffer[..toHead].CopyTo(head.AsSpan(headLength));
            headLength += toHead;
        }

        hash.AppendData(buffer);
        length += buffer.Length;
    }
}
