namespace TipLine.Application.Abstractions;

/// <summary>Stores ciphertext blobs (attachments) outside the database. Only ever sees age ciphertext.</summary>
public interface IBlobStore
{
    /// <summary>Opens a new blob for writing under a fresh random name; it becomes visible only on <see cref="IPendingBlob.CommitAsync"/>.</summary>
    Task<IPendingBlob> CreateAsync(CancellationToken cancellationToken = default);

    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; deleting a missing blob is not an error (jobs must be idempotent).</summary>
    Task DeleteAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Every committed blob name, for the orphan sweep.</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes temporary files of blobs never committed (a crash or a killed upload) last written at least
    /// <paramref name="minimumAge"/> ago; at start-up, when no upload can be running, pass <see cref="TimeSpan.Zero"/>.
    /// </summary>
    Task<int> DeleteAbandonedTemporaryFilesAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default);
}

/// <summary>A blob being written. Disposing without committing removes it, so a crash or error leaves no half file.</summary>
public interface IPendingBlob : IAsyncDisposable
{
    string BlobName { get; }

    Stream Content { get; }

    /// <summary>Flushes to stable storage (fsync) and atomically moves the blob into place.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
