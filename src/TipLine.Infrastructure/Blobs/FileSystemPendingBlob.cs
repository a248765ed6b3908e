using TipLine.Application.Abstractions;

namespace TipLine.Infrastructure.Blobs;

/// <summary>A blob being written to a temporary file next to its final place; removed unless committed.</summary>
internal sealed class FileSystemPendingBlob(string blobName, string temporaryPath, string finalPath, FileStream stream) : IPendingBlob
{
    private bool committed;
    private bool disposed;

    public string BlobName => blobName;

    public Stream Content => stream;

    internal string TemporaryPath => temporaryPath;

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (committed)
        {
            throw new InvalidOperationException("The blob is already committed.");
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        // Flush(true) is fsync: the bytes are on stable storage before the name becomes visible.
        stream.Flush(flushToDisk: true);
        await stream.DisposeAsync().ConfigureAwait(false);

        // A file's modification time would record the upload to the second; keep only the day (ADR 0005).
        var day = DateTime.UtcNow.Date;
        File.SetLastWriteTimeUtc(temporaryPath, day);
        File.SetLastAccessTimeUtc(temporaryPath, day);
        File.Move(temporaryPath, finalPath, overwrite: false);
        BlobDirectoryTimes.KeepOnlyTheDay(Path.GetDirectoryName(finalPath)!);
        DirectorySync.Flush(Path.GetDirectoryName(finalPath)!);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await stream.DisposeAsync().ConfigureAwait(false);
        if (!committed)
        {
            File.Delete(temporaryPath);
            BlobDirectoryTimes.KeepOnlyTheDay(Path.GetDirectoryName(temporaryPath)!);
        }
    }
}
