using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;

namespace TipLine.Infrastructure.Jobs;

/// <summary>
/// Deletes what a crash or an abandoned upload leaves behind: temporary blob files, and committed blobs that no
/// attachment row references (the process died between the file's rename and the database commit). Idempotent;
/// runs at start-up and hourly. Blobs committed by this process in the last hour are spared, since their
/// transaction may still be open.
/// </summary>
public sealed class OrphanBlobSweep(
    ITipLineDatabase database,
    IBlobStore blobs,
    RecentlyCommittedBlobs recentlyCommitted,
    ILogger<OrphanBlobSweep> logger)
{
    /// <summary>An upload idle this long is abandoned; the upload registry gives up long before.</summary>
    public static readonly TimeSpan AbandonedUploadAge = TimeSpan.FromDays(1);

    private const int BatchSize = 500;

    /// <summary>Recurring-job entry point.</summary>
    public Task RunHourlyAsync(CancellationToken cancellationToken) => RunAsync(AbandonedUploadAge, cancellationToken);

    /// <summary>Returns how many files were deleted. Pass <see cref="TimeSpan.Zero"/> only when no upload can be running (start-up).</summary>
    public async Task<int> RunAsync(TimeSpan temporaryFileMinimumAge, CancellationToken cancellationToken)
    {
        var deleted = await blobs.DeleteAbandonedTemporaryFilesAsync(temporaryFileMinimumAge, cancellationToken).ConfigureAwait(false);
        var batch = new List<string>(BatchSize);
        await foreach (var name in blobs.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(name);
            if (batch.Count == BatchSize)
            {
                deleted += await DeleteUnreferencedAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        deleted += await DeleteUnreferencedAsync(batch, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            logger.LogInformation("Orphan sweep deleted {Count} unreferenced or abandoned blob files", deleted);
        }

        return deleted;
    }

    private async Task<int> DeleteUnreferencedAsync(List<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return 0;
        }

        var referenced = await database.Attachments.AsNoTracking()
            .Where(a => names.Contains(a.BlobName))
            .Select(a => a.BlobName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var keep = referenced.ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var name in names)
        {
            if (!keep.Contains(name) && !recentlyCommitted.Contains(name))
            {
                await blobs.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
        }

        return deleted;
    }
}
