using System.Collections.Concurrent;

namespace TipLine.Application.Intake;

/// <summary>
/// Blobs this process moved into the store whose database rows may not be committed yet. The orphan sweep skips
/// them, so it never deletes the file of a tip whose transaction is still running. In memory only: after a restart
/// no transaction is running, so every unreferenced blob really is an orphan.
/// </summary>
public sealed class RecentlyCommittedBlobs(TimeProvider clock)
{
    /// <summary>Far longer than any transaction; after this a name is forgotten.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, long> names = new(StringComparer.Ordinal);

    public void Add(string blobName) => names[blobName] = clock.GetTimestamp();

    public bool Contains(string blobName)
    {
        Prune();
        return names.ContainsKey(blobName);
    }

    private void Prune()
    {
        foreach (var (name, added) in names)
        {
            if (clock.GetElapsedTime(added) > Grace)
            {
                names.TryRemove(name, out _);
            }
        }
    }
}
