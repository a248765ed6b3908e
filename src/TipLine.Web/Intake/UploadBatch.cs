namespace TipLine.Web.Intake;

/// <summary>
/// The files of one submission in progress (or of one follow-up reply), held in memory until the tip or reply is
/// stored. Its key is random (intake) or derived from the session's tip (follow-up); it is never logged.
/// </summary>
public sealed class UploadBatch(string key, string? channelSlug, int maximumFiles, long maximumFileCiphertextBytes, long now)
{
    public string Key { get; } = key;

    /// <summary>The channel of an intake submission; null for follow-up replies.</summary>
    public string? ChannelSlug { get; } = channelSlug;

    public int MaximumFiles { get; } = maximumFiles;

    public long MaximumFileCiphertextBytes { get; } = maximumFileCiphertextBytes;

    /// <summary>Serialises work on this batch: appends, taking the files, expiry.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public Dictionary<string, PendingUpload> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Monotonic timestamp (process-local, never stored) of the last request that touched the batch.</summary>
    public long LastActivity { get; set; } = now;

    /// <summary>True once the files were handed to a use case or the batch expired; later requests are refused.</summary>
    public bool Closed { get; set; }
}
