using System.Data.Common;
using System.Formats.Tar;
using TipLine.Cli.Administration;
using TipLine.Cli.Age;
using TipLine.Cli.Commands;
using TipLine.Crypto.Age;
using TipLine.Domain.Time;
using TipLine.Infrastructure.Blobs;

namespace TipLine.Cli.Backups;

/// <summary>
/// "tipline backup": one age file, to the operator's X25519 recipients, holding a tar of a consistent database
/// snapshot, every blob that snapshot references, the server's key files and a manifest of SHA-256 hashes.
/// Plaintext exists on disk only as the snapshot file in the private data directory, deleted when done.
/// </summary>
internal sealed class BackupCommand : ICliCommand
{
    private const string Usage = "Usage: tipline backup --recipient age1... [--recipient age1...] --output FILE [--include-certificate]";

    public string Name => "backup";

    public string Summary => "Write an encrypted backup (database snapshot, blobs, server keys) to age recipients (--recipient age1..., --output FILE, --include-certificate).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var recipients = new List<IAgeRecipient>();
        string? output = null;
        var includeCertificate = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            switch (arguments[i])
            {
                case "--recipient" when value is not null:
                    if (!X25519Recipient.TryParse(value, out var recipient))
                    {
                        await console.Error.WriteLineAsync(value.StartsWith("AGE-SECRET-KEY-", StringComparison.OrdinalIgnoreCase)
                            ? "tipline: error: --recipient is a secret key; pass its public key (age1...) instead."
                            : $"tipline: error: --recipient \"{value}\" is not an age X25519 recipient (age1...).").ConfigureAwait(false);
                        return 2;
                    }

                    recipients.Add(recipient!);
                    i++;
                    break;
                case "--output" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--include-certificate":
                    includeCertificate = true;
                    break;
                default:
                    await console.Error.WriteLineAsync($"tipline: error: unexpected argument '{arguments[i]}'.\n{Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        if (recipients.Count == 0 || output is null)
        {
            await console.Error.WriteLineAsync("tipline: error: backup needs at least one --recipient and an --output file.\n" + Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var locations = DeploymentLocations.FromConfiguration(CliConfiguration.Build(new Dictionary<string, string?>()), Directory.GetCurrentDirectory());
            var written = await WriteAsync(locations, recipients, output, includeCertificate, console, cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync(
                $"Backup written to {output}: {locations.Database.Provider} database, {written.Blobs} blobs, {written.Keys} key files.").ConfigureAwait(false);
            return 0;
        }
        catch (Exception error) when (error is BackupException or DbException or InvalidOperationException or IOException or UnauthorizedAccessException or AgeException)
        {
            await console.Error.WriteLineAsync("tipline: error: backup failed: " + error.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<(int Blobs, int Keys)> WriteAsync(
        DeploymentLocations locations, IReadOnlyList<IAgeRecipient> recipients, string output, bool includeCertificate, CliConsole console, CancellationToken cancellationToken)
    {
        var day = TimeProvider.System.Today();

        // Entries carry the day at midnight UTC as their time: a finer one would date the backup to the second.
        var entryTime = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var snapshot = await DatabaseSnapshot.TakeAsync(locations, cancellationToken).ConfigureAwait(false);
        try
        {
            var store = new FileSystemBlobStore(new BlobStoreOptions(locations.BlobRoot));
            var entries = new List<BackupManifestEntry>();
            var keys = 0;
            using var file = new AtomicOutput(output, console.StandardOutput, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            using (var encrypting = AgeEncryptor.CreateEncryptingStream(file.Stream, recipients, armor: false, leaveOpen: true))
            {
                var tar = new TarWriter(encrypting, TarEntryFormat.Ustar, leaveOpen: true);
                await using (tar.ConfigureAwait(false))
                {
                    entries.Add(await AddFileAsync(tar, snapshot.EntryName, snapshot.File, entryTime, cancellationToken).ConfigureAwait(false));

                    // Committed blobs never change, and each was renamed into place before its row was committed, so
                    // every blob of the snapshot exists now unless retention deleted it since (then: run again).
                    foreach (var blob in snapshot.Blobs.DistinctBy(b => b.Name))
                    {
                        if (!BlobName.IsValid(blob.Name) || !File.Exists(store.PathOf(blob.Name)))
                        {
                            throw new BackupException($"the blob '{blob.Name}' referenced by the database is missing from {locations.BlobRoot}; if retention just deleted it, run the backup again.");
                        }

                        var entry = await AddFileAsync(tar, DeploymentLocations.BlobEntryName(blob.Name), store.PathOf(blob.Name), entryTime, cancellationToken).ConfigureAwait(false);
                        if (!string.Equals(entry.Sha256, Convert.ToHexStringLower(blob.Sha256), StringComparison.Ordinal))
                        {
                            await console.Error.WriteLineAsync($"tipline: warning: blob {blob.Name} does not match the SHA-256 its attachment records; it is backed up as found.").ConfigureAwait(false);
                        }

                        entries.Add(entry);
                    }

                    foreach (var (name, path) in locations.KeyFiles)
                    {
                        if (!includeCertificate && locations.SeparateSecrets.Contains(name))
                        {
                            await console.Error.WriteLineAsync($"tipline: note: {path} is a configured secret kept apart from database backups (ADR 0010); back it up separately, or pass --include-certificate.").ConfigureAwait(false);
                            continue;
                        }

                        if (!File.Exists(path))
                        {
                            await console.Error.WriteLineAsync($"tipline: warning: key file {path} does not exist; the backup does not hold {name}.").ConfigureAwait(false);
                            continue;
                        }

                        entries.Add(await AddFileAsync(tar, name, path, entryTime, cancellationToken).ConfigureAwait(false));
                        keys++;
                    }

                    var manifest = new BackupManifest(BackupManifest.CurrentFormat, locations.Database.Provider.ToString(), day, snapshot.EntryName, entries);
                    using var manifestStream = new MemoryStream(manifest.ToJson());
                    await tar.WriteEntryAsync(NewEntry(BackupManifest.EntryName, manifestStream, entryTime), cancellationToken).ConfigureAwait(false);
                }
            }

            file.Commit();
            return (entries.Count - 1 - keys, keys);
        }
        finally
        {
            PrivateFiles.DeleteQuietly(snapshot.File);
        }
    }

    private static async Task<BackupManifestEntry> AddFileAsync(TarWriter tar, string name, string path, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var entry = BackupManifestEntry.OfFile(name, path);
        var data = File.OpenRead(path);
        await using (data.ConfigureAwait(false))
        {
            if (data.Length != entry.Length)
            {
                throw new BackupException($"{path} changed while it was being backed up.");
            }

            await tar.WriteEntryAsync(NewEntry(name, data, time), cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    private static UstarTarEntry NewEntry(string name, Stream data, DateTimeOffset time) =>
        new(TarEntryType.RegularFile, name)
        {
            DataStream = data,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            ModificationTime = time,
        };
}
