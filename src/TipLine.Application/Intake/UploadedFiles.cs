using TipLine.Application.Abstractions;
using TipLine.Domain.Tips;

namespace TipLine.Application.Intake;

/// <summary>Turns uploaded files into attachments of a tip (or of one of its messages), as intake and replies both do.</summary>
public static class UploadedFiles
{
    /// <summary>
    /// Makes each blob durable (fsync, rename) now and adds its attachment row at its position, for the caller's
    /// transaction to commit. The blobs are registered as recently committed first, so the orphan sweep cannot take
    /// them while that transaction is still open.
    /// </summary>
    public static async Task StoreAsync(
        ITipLineDatabase database,
        RecentlyCommittedBlobs recentlyCommitted,
        Guid tipId,
        Guid? messageId,
        IReadOnlyList<UploadedCiphertext> files,
        DateOnly day,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(recentlyCommitted);
        ArgumentNullException.ThrowIfNull(files);
        for (var position = 0; position < files.Count; position++)
        {
            var file = files[position];
            recentlyCommitted.Add(file.Blob.BlobName);
            await file.Blob.CommitAsync(cancellationToken).ConfigureAwait(false);
            database.Attachments.Add(new Attachment(Guid.NewGuid(), tipId, messageId, position, file.Blob.BlobName, file.Length, file.Sha256, day));
        }
    }
}
