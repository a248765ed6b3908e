using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;

namespace TipLine.Web.Intake;

/// <summary>
/// Chunked uploads in progress. Everything here is in memory and ciphertext-only; a restart abandons unfinished
/// uploads (their temporary files are swept at start-up), which the browser reports so the person can send again.
/// </summary>
public sealed class UploadRegistry(IBlobStore blobs, TimeProvider clock, IOptions<UploadOptions> options) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, UploadBatch> batches = new(StringComparer.Ordinal);

    public int ChunkBytes => options.Value.ChunkBytes;

    /// <summary>A new batch for an intake submission, or null when too many are open already.</summary>
    public UploadBatch? OpenIntakeBatch(string channelSlug, int maximumFiles, long maximumFileCiphertextBytes)
    {
        if (batches.Count >= options.Value.MaximumOpenBatches)
        {
            return null;
        }

        var batch = new UploadBatch(NewId(), channelSlug, maximumFiles, maximumFileCiphertextBytes, clock.GetTimestamp());
        batches[batch.Key] = batch;
        return batch;
    }

    /// <summary>The reply batch of a follow-up session's tip (one per tip, created on first use).</summary>
    public UploadBatch OpenFollowUpBatch(Guid tipId, int maximumFiles, long maximumFileCiphertextBytes) =>
        batches.AddOrUpdate(
            FollowUpKey(tipId),
            key => new UploadBatch(key, null, maximumFiles, maximumFileCiphertextBytes, clock.GetTimestamp()),
            (key, existing) => existing.Closed ? new UploadBatch(key, null, maximumFiles, maximumFileCiphertextBytes, clock.GetTimestamp()) : existing);

    public UploadBatch? FindIntakeBatch(string? key) =>
        key is not null && batches.TryGetValue(key, out var batch) && batch.ChannelSlug is not null && !batch.Closed ? batch : null;

    public UploadBatch? FindFollowUpBatch(Guid tipId) =>
        batches.TryGetValue(FollowUpKey(tipId), out var batch) && !batch.Closed ? batch : null;

    /// <summary>Starts a new file in the batch; null when the batch already holds its maximum.</summary>
    public async Task<PendingUpload?> AddFileAsync(UploadBatch batch, CancellationToken cancellationToken)
    {
        await batch.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (batch.Closed || batch.Files.Count >= batch.MaximumFiles)
            {
                return null;
            }

            var blob = await blobs.CreateAsync(cancellationToken).ConfigureAwait(false);
            var upload = new PendingUpload(NewId(), new CiphertextSinkStream(blob, batch.MaximumFileCiphertextBytes));
            batch.Files[upload.Id] = upload;
            batch.LastActivity = clock.GetTimestamp();
            return upload;
        }
        finally
        {
            batch.Gate.Release();
        }
    }

    /// <summary>Appends one chunk that must start at <paramref name="offset"/> == bytes received so far.</summary>
    public async Task<(AppendOutcome Outcome, long Received)> AppendAsync(
        UploadBatch batch, string fileId, long offset, Stream chunk, CancellationToken cancellationToken)
    {
        await batch.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (batch.Closed || !batch.Files.TryGetValue(fileId, out var upload))
            {
                return (AppendOutcome.UnknownFile, 0);
            }

            batch.LastActivity = clock.GetTimestamp();
            if (offset != upload.Received)
            {
                return (AppendOutcome.OffsetMismatch, upload.Received);
            }

            var buffer = new byte[81920];
            long inThisChunk = 0;
            int read;
            try
            {
                while ((read = await chunk.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    inThisChunk += read;
                    if (inThisChunk > options.Value.ChunkBytes)
                    {
                        await DropAsync(batch, upload).ConfigureAwait(false);
                        return (AppendOutcome.ChunkTooLarge, 0);
                    }

                    await upload.Sink.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (UploadTooLargeException)
            {
                await DropAsync(batch, upload).ConfigureAwait(false);
                return (AppendOutcome.FileTooLarge, 0);
            }

            batch.LastActivity = clock.GetTimestamp();
            return (AppendOutcome.Appended, upload.Received);
        }
        finally
        {
            batch.Gate.Release();
        }
    }

    /// <summary>
    /// Hands the named files, in that order, to the caller, who must commit or dispose each blob. Intake batches are
    /// closed by this; a follow-up batch keeps files not named. Null when an id is unknown or repeated.
    /// </summary>
    public async Task<IReadOnlyList<UploadedCiphertext>?> TakeAsync(UploadBatch batch, IReadOnlyList<string> fileIds, CancellationToken cancellationToken)
    {
        await batch.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (batch.Closed || fileIds.Distinct(StringComparer.Ordinal).Count() != fileIds.Count
                || fileIds.Any(id => !batch.Files.TryGetValue(id, out var upload)))
            {
                return null;
            }

            var taken = new List<UploadedCiphertext>(fileIds.Count);
            foreach (var id in fileIds)
            {
                var upload = batch.Files[id];
                batch.Files.Remove(id);
                taken.Add(await upload.Sink.CompleteAsync(cancellationToken).ConfigureAwait(false));
            }

            if (batch.ChannelSlug is not null)
            {
                await CloseAsync(batch).ConfigureAwait(false);
            }

            return taken;
        }
        finally
        {
            batch.Gate.Release();
        }
    }

    /// <summary>Deletes what is left of a follow-up session's reply batch, if any.</summary>
    public async Task DiscardFollowUpBatchAsync(Guid tipId)
    {
        if (!batches.TryGetValue(FollowUpKey(tipId), out var batch))
        {
            return;
        }

        await batch.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await CloseAsync(batch).ConfigureAwait(false);
        }
        finally
        {
            batch.Gate.Release();
        }
    }

    /// <summary>Abandons batches idle longer than the configured time, deleting their temporary files.</summary>
    public async Task ExpireIdleAsync(CancellationToken cancellationToken)
    {
        var idle = TimeSpan.FromMinutes(options.Value.IdleMinutes);
        foreach (var batch in batches.Values)
        {
            if (clock.GetElapsedTime(batch.LastActivity) < idle)
            {
                continue;
            }

            await batch.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await CloseAsync(batch).ConfigureAwait(false);
            }
            finally
            {
                batch.Gate.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var batch in batches.Values)
        {
            await CloseAsync(batch).ConfigureAwait(false);
        }
    }

    private static string FollowUpKey(Guid tipId) => "followup:" + tipId.ToString("N");

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static async Task DropAsync(UploadBatch batch, PendingUpload upload)
    {
        batch.Files.Remove(upload.Id);
        await upload.DisposeAsync().ConfigureAwait(false);
    }

    private async Task CloseAsync(UploadBatch batch)
    {
        batch.Closed = true;
        batches.TryRemove(new KeyValuePair<string, UploadBatch>(batch.Key, batch));
        foreach (var upload in batch.Files.Values)
        {
            await upload.DisposeAsync().ConfigureAwait(false);
        }

        batch.Files.Clear();
    }
}
