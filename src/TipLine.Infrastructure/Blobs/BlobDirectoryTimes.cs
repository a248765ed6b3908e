namespace TipLine.Infrastructure.Blobs;

/// <summary>
/// A directory's modification time changes whenever a blob (or its temporary file) is added or removed, so it
/// would record an upload to the second; like blob files (ADR 0005), shard directories keep only the day.
/// </summary>
internal static class BlobDirectoryTimes
{
    public static void KeepOnlyTheDay(string directory)
    {
        var day = DateTime.UtcNow.Date;
        Directory.SetLastWriteTimeUtc(directory, day);
        Directory.SetLastAccessTimeUtc(directory, day);
    }
}
