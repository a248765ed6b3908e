using System.Formats.Tar;
using System.Security.Cryptography;
using TipLine.Crypto.Age;
using TipLine.Infrastructure.Blobs;

namespace TipLine.Cli.Backups;

/// <summary>
/// Reads a backup file: decrypts it, walks its tar entries and checks each against the manifest. Entry names are
/// checked against the only shapes a backup can hold, so a crafted file cannot write outside the target.
/// </summary>
internal static class BackupReader
{
    /// <summary>First pass: hashes every entry without writing anything, and returns the manifest once all match it.</summary>
    public static async Task<BackupManifest> VerifyAsync(string input, IReadOnlyList<IAgeIdentity> identities, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, BackupManifestEntry>(StringComparer.Ordinal);
        byte[]? manifestJson = null;
        await ReadEntriesAsync(input, identities, async (name, data) =>
        {
            if (name == BackupManifest.EntryName)
            {
                using var buffer = new MemoryStream();
                await data.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                manifestJson = buffer.ToArray();
                return;
            }

            found[name] = await HashAsync(name, data, Stream.Null, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var manifest = BackupManifest.Parse(manifestJson ?? throw new BackupException("the backup has no manifest.json; it is damaged or not a tipline backup."));
        if (!manifest.Entries.Any(e => e.Name == manifest.DatabaseEntry))
        {
            throw new BackupException("the backup's manifest names no database entry; the backup is damaged.");
        }

        foreach (var expected in manifest.Entries)
        {
            if (!found.Remove(expected.Name, out var actual))
            {
                throw new BackupException($"the backup lacks {expected.Name}, which its manifest lists; the backup is damaged.");
            }

            Check(expected, actual);
        }

        if (found.Count != 0)
        {
            throw new BackupException($"the backup holds {found.Keys.First()}, which its manifest does not list; the backup is damaged.");
        }

        return manifest;
    }

    /// <summary>Second pass: writes every entry into <paramref name="staging"/> (0600 files), checking each against the verified manifest again.</summary>
    public static Task ExtractAsync(string input, IReadOnlyList<IAgeIdentity> identities, BackupManifest manifest, string staging, CancellationToken cancellationToken)
    {
        var expected = manifest.Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        return ReadEntriesAsync(input, identities, async (name, data) =>
        {
            if (name == BackupManifest.EntryName)
            {
                return;
            }

            var path = Path.Combine(staging, name);
            PrivateFiles.CreateDirectory(Path.GetDirectoryName(path)!);
            BackupManifestEntry actual;
            var file = PrivateFiles.Create(path);
            await using (file.ConfigureAwait(false))
            {
                actual = await HashAsync(name, data, file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            // The file may have been replaced between the two passes; only what was verified may be restored.
            Check(expected.GetValueOrDefault(name) ?? throw new BackupException($"the backup changed while it was being restored ({name})."), actual);
        }, cancellationToken);
    }

    private static async Task ReadEntriesAsync(string input, IReadOnlyList<IAgeIdentity> identities, Func<string, Stream, Task> onEntry, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var file = File.OpenRead(input);
            await using (file.ConfigureAwait(false))
            {
                var decrypting = AgeDecryptor.OpenDecryptingStream(file, identities, leaveOpen: true);
                await using (decrypting.ConfigureAwait(false))
                {
                    var tar = new TarReader(decrypting, leaveOpen: true);
                    await using (tar.ConfigureAwait(false))
                    {
                        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                        {
                            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !IsBackupEntryName(entry.Name) || !seen.Add(entry.Name))
                            {
                                throw new BackupException($"the backup holds an unexpected entry '{entry.Name}'; it is damaged or not a tipline backup.");
                            }

                            await onEntry(entry.Name, entry.DataStream ?? Stream.Null).ConfigureAwait(false);
                        }
                    }
                }
            }
        }
        catch (AgeException error)
        {
            throw new BackupException($"the backup could not be decrypted and authenticated ({error.Message}); it is damaged, altered, or not for this identity.", error);
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new BackupException($"the backup is not a readable tar archive ({error.Message}); it is damaged.", error);
        }
    }

    private static async Task<BackupManifestEntry> HashAsync(string name, Stream data, Stream copy, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await data.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            length += read;
        }

        return new BackupManifestEntry(name, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void Check(BackupManifestEntry expected, BackupManifestEntry actual)
    {
        if (expected.Length != actual.Length || !string.Equals(expected.Sha256, actual.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"{expected.Name} does not match the SHA-256 in the backup's manifest; the backup is damaged or altered. Nothing was restored.");
        }
    }

    private static bool IsBackupEntryName(string name)
    {
        if (name is BackupManifest.EntryName or BackupManifest.SqliteEntry or BackupManifest.PostgresEntry)
        {
            return true;
        }

        if (name.StartsWith(DeploymentLocations.KeyEntryPrefix, StringComparison.Ordinal))
        {
            var file = name[DeploymentLocations.KeyEntryPrefix.Length..];
            return file.Length is > 0 and <= 100 && file[0] != '.' && file.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        }

        var parts = name.Split('/');
        return parts is ["blobs", _, _, var blob] && BlobName.IsValid(blob) && name == DeploymentLocations.BlobEntryName(blob);
    }
}
