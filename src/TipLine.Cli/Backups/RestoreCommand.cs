using System.Data.Common;
using System.Security.Cryptography;
using Npgsql;
using TipLine.Cli.Administration;
using TipLine.Cli.Age;
using TipLine.Cli.Commands;
using TipLine.Crypto.Age;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Cli.Backups;

/// <summary>
/// "tipline restore": decrypts a backup with an age identity file, verifies every entry against the manifest before
/// touching anything, refuses a deployment that already holds data unless --force, then restores the database
/// (SQLite: one atomic rename; PostgreSQL: pg_restore --clean in one transaction), the blobs and the key files.
/// The service must be stopped while it runs.
/// </summary>
internal sealed class RestoreCommand : ICliCommand
{
    private const string Usage = "Usage: tipline restore --identity FILE --input FILE [--force]";

    public string Name => "restore";

    public string Summary => "Restore a backup into the configured deployment (--identity FILE, --input FILE, --force to replace existing data).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        string? identityFile = null;
        string? input = null;
        var force = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            switch (arguments[i])
            {
                case "--identity" when value is not null:
                    identityFile = value;
                    i++;
                    break;
                case "--input" when value is not null:
                    input = value;
                    i++;
                    break;
                case "--force":
                    force = true;
                    break;
                default:
                    await console.Error.WriteLineAsync($"tipline: error: unexpected argument '{arguments[i]}'.\n{Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        if (identityFile is null || input is null)
        {
            await console.Error.WriteLineAsync("tipline: error: restore needs --identity and --input.\n" + Usage).ConfigureAwait(false);
            return 2;
        }

        List<X25519Identity> identities;
        try
        {
            using var reader = File.OpenText(identityFile);
            identities = KeyFileReader.ReadIdentities(identityFile, reader);
        }
        catch (Exception error) when (error is AgeException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("tipline: error: " + error.Message).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var locations = DeploymentLocations.FromConfiguration(CliConfiguration.Build(new Dictionary<string, string?>()), Directory.GetCurrentDirectory());
            var manifest = await BackupReader.VerifyAsync(input, identities, cancellationToken).ConfigureAwait(false);
            if (!string.Equals(manifest.Provider, locations.Database.Provider.ToString(), StringComparison.Ordinal))
            {
                throw new BackupException($"the backup holds a {manifest.Provider} database but this deployment is configured for {locations.Database.Provider}; restore into the same provider.");
            }

            if (!force && await FindExistingDataAsync(locations, manifest, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                await console.Error.WriteLineAsync($"tipline: error: the target deployment is not empty ({existing}); nothing was restored. Pass --force to replace it.").ConfigureAwait(false);
                return 1;
            }

            await RestoreAsync(locations, manifest, input, identities, cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync(
                $"Restored the backup of {manifest.Day:yyyy-MM-dd}: {manifest.Provider} database, {manifest.Entries.Count(e => e.Name.StartsWith("blobs/", StringComparison.Ordinal))} blobs, " +
                $"{manifest.Entries.Count(e => e.Name.StartsWith(DeploymentLocations.KeyEntryPrefix, StringComparison.Ordinal))} key files.").ConfigureAwait(false);
            return 0;
        }
        catch (Exception error) when (error is BackupException or DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("tipline: error: restore failed: " + error.Message).ConfigureAwait(false);
            return 1;
        }
        finally
        {
            foreach (var identity in identities)
            {
                identity.Dispose();
            }
        }
    }

    /// <summary>What already holds data in the target, or null. Key files identical to the backup's do not count (e.g. secrets mounted read-only).</summary>
    private static async Task<string?> FindExistingDataAsync(DeploymentLocations locations, BackupManifest manifest, CancellationToken cancellationToken)
    {
        if (locations.SqliteFile is { } sqlite && File.Exists(sqlite) && new FileInfo(sqlite).Length > 0)
        {
            return $"the database {sqlite} exists";
        }

        if (locations.Database.Provider == DatabaseProvider.Postgres)
        {
            var connection = new NpgsqlConnection(locations.Database.ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var command = new NpgsqlCommand(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
                await using (command.ConfigureAwait(false))
                {
                    if ((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
                    {
                        return "the PostgreSQL database has tables";
                    }
                }
            }
        }

        if (Directory.Exists(locations.BlobRoot) && Directory.EnumerateFiles(locations.BlobRoot, "*", SearchOption.AllDirectories).Any())
        {
            return $"the blob directory {locations.BlobRoot} holds files";
        }

        foreach (var key in manifest.Entries.Where(e => e.Name.StartsWith(DeploymentLocations.KeyEntryPrefix, StringComparison.Ordinal)))
        {
            var path = locations.KeyDestination(key.Name);
            if (File.Exists(path) && !string.Equals(BackupManifestEntry.OfFile(key.Name, path).Sha256, key.Sha256, StringComparison.Ordinal))
            {
                return $"the key file {path} exists with other content";
            }
        }

        return null;
    }

    private static async Task RestoreAsync(DeploymentLocations locations, BackupManifest manifest, string input, IReadOnlyList<IAgeIdentity> identities, CancellationToken cancellationToken)
    {
        // Staged on the data volume beside the database, so the final moves are renames, not copies.
        var staging = Path.Combine(locations.WorkDirectory, $".tipline-restore-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");
        PrivateFiles.CreateDirectory(locations.WorkDirectory);
        PrivateFiles.CreateDirectory(staging);
        try
        {
            await BackupReader.ExtractAsync(input, identities, manifest, staging, cancellationToken).ConfigureAwait(false);
            var stagedDatabase = Path.Combine(staging, manifest.DatabaseEntry);

            // The database first: it is the step most likely to fail, and pg_restore runs in one transaction.
            if (locations.SqliteFile is { } sqlite)
            {
                // A WAL left from the replaced database would be replayed into the restored one.
                File.Delete(sqlite + "-wal");
                File.Delete(sqlite + "-shm");
                File.Move(stagedDatabase, sqlite, overwrite: true);
            }
            else
            {
                await PostgresTools.RunAsync(
                    "pg_restore",
                    locations.Database.ConnectionString,
                    ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error",
                     "--dbname=" + new NpgsqlConnectionStringBuilder(locations.Database.ConnectionString).Database, stagedDatabase],
                    cancellationToken).ConfigureAwait(false);
            }

            var store = new FileSystemBlobStore(new BlobStoreOptions(locations.BlobRoot));
            foreach (var entry in manifest.Entries)
            {
                string destination;
                if (entry.Name.StartsWith("blobs/", StringComparison.Ordinal))
                {
                    destination = store.PathOf(Path.GetFileName(entry.Name));
                }
                else if (entry.Name.StartsWith(DeploymentLocations.KeyEntryPrefix, StringComparison.Ordinal))
                {
                    destination = locations.KeyDestination(entry.Name);
                }
                else
                {
                    continue;
                }

                var directory = Path.GetDirectoryName(destination)!;
                PrivateFiles.CreateDirectory(Path.GetDirectoryName(directory)!);
                PrivateFiles.CreateDirectory(directory);
                File.Move(Path.Combine(staging, entry.Name), destination, overwrite: true);
            }
        }
        finally
        {
            PrivateFiles.DeleteQuietly(staging);
        }
    }
}
