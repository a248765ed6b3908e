using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Cli.Backups;

/// <summary>A blob that the snapshot's Attachments rows reference, with the ciphertext hash recorded for it.</summary>
internal sealed record ReferencedBlob(string Name, byte[] Sha256);

/// <summary>
/// A consistent copy of the database in a private temporary file, and the blobs its rows reference: read from the
/// same snapshot, so the blob list matches the copy exactly even while tips keep arriving.
/// </summary>
internal sealed record DatabaseSnapshot(string EntryName, string File, IReadOnlyList<ReferencedBlob> Blobs)
{
    private const string ReferencedBlobsSql = "SELECT \"BlobName\", \"CiphertextSha256\" FROM \"Attachments\" ORDER BY \"BlobName\"";

    public static Task<DatabaseSnapshot> TakeAsync(DeploymentLocations locations, CancellationToken cancellationToken) =>
        locations.Database.Provider switch
        {
            DatabaseProvider.Sqlite => TakeSqliteAsync(locations, cancellationToken),
            DatabaseProvider.Postgres => TakePostgresAsync(locations, cancellationToken),
            _ => throw new BackupException($"backups of {locations.Database.Provider} databases are not supported by tipline; use the database's own backup tools and copy the blob directory after them."),
        };

    /// <summary>
    /// VACUUM INTO writes the database as one read transaction sees it, which a file copy of a live WAL database
    /// does not; the target is created empty with mode 0600 first so the copy is never readable by others.
    /// </summary>
    private static async Task<DatabaseSnapshot> TakeSqliteAsync(DeploymentLocations locations, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(locations.SqliteFile))
        {
            throw new BackupException($"the SQLite database '{locations.SqliteFile}' does not exist.");
        }

        var file = PrivateFiles.CreateTemporary(locations.WorkDirectory, ".sqlite");
        try
        {
            var live = new SqliteConnectionStringBuilder(locations.Database.ConnectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 60 };
            var connection = new SqliteConnection(live.ToString());
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var vacuum = connection.CreateCommand();
                await using (vacuum.ConfigureAwait(false))
                {
                    vacuum.CommandText = "VACUUM INTO $file";
                    vacuum.Parameters.AddWithValue("$file", file);
                    await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
            await using (copy.ConfigureAwait(false))
            {
                await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
                var blobs = await ReadReferencedBlobsAsync(copy, null, cancellationToken).ConfigureAwait(false);
                return new DatabaseSnapshot(BackupManifest.SqliteEntry, file, blobs);
            }
        }
        catch
        {
            PrivateFiles.DeleteQuietly(file);
            throw;
        }
    }

    /// <summary>
    /// One REPEATABLE READ transaction exports its snapshot to pg_dump (--snapshot) and lists the referenced blobs
    /// itself, so the dump and the blob list describe the same instant.
    /// </summary>
    private static async Task<DatabaseSnapshot> TakePostgresAsync(DeploymentLocations locations, CancellationToken cancellationToken)
    {
        var file = PrivateFiles.CreateTemporary(locations.WorkDirectory, ".pgdump");
        try
        {
            var connection = new NpgsqlConnection(locations.Database.ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    string snapshot;
                    var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
                    await using (export.ConfigureAwait(false))
                    {
                        snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                    }

                    var blobs = await ReadReferencedBlobsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    await PostgresTools.RunAsync(
                        "pg_dump",
                        locations.Database.ConnectionString,
                        ["--format=custom", "--no-owner", "--no-acl", "--snapshot=" + snapshot, "--file=" + file],
                        cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return new DatabaseSnapshot(BackupManifest.PostgresEntry, file, blobs);
                }
            }
        }
        catch
        {
            PrivateFiles.DeleteQuietly(file);
            throw;
        }
    }

    private static async Task<List<ReferencedBlob>> ReadReferencedBlobsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var blobs = new List<ReferencedBlob>();
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = ReferencedBlobsSql;
            command.Transaction = transaction;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    blobs.Add(new ReferencedBlob(reader.GetString(0), (byte[])reader.GetValue(1)));
                }
            }
        }

        return blobs;
    }
}
