using Microsoft.Data.Sqlite;
using Npgsql;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Bench.BackOffice;

/// <summary>A fresh, empty database for one run: a SQLite file in a new directory, or a new PostgreSQL database.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? directory;
    private readonly string? serverConnectionString;
    private readonly string? postgresDatabase;
    private readonly bool keep;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? directory, string? serverConnectionString, string? postgresDatabase, bool keep)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.directory = directory;
        this.serverConnectionString = serverConnectionString;
        this.postgresDatabase = postgresDatabase;
        this.keep = keep;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Where the SQLite file lives, or the PostgreSQL database's name, for the report and for keeping it.</summary>
    public string Location => postgresDatabase ?? Path.Combine(directory!, "tipline.db");

    /// <summary>A directory of its own for files the host needs (the blob store it never writes to here).</summary>
    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("tipline-backoffice-bench-").FullName;

    public static BenchDatabase Sqlite(string parentDirectory, bool keep)
    {
        var directory = Directory.CreateDirectory(Path.Combine(parentDirectory, $"tipline-backoffice-sqlite-{Guid.NewGuid():N}")).FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "tipline.db") }.ToString();
        return new BenchDatabase(DatabaseProvider.Sqlite, connectionString, directory, null, null, keep);
    }

    /// <summary>A database that does not exist yet on the server <paramref name="serverConnectionString"/> names; the migrator creates it.</summary>
    public static BenchDatabase Postgres(string serverConnectionString, bool keep)
    {
        var name = $"tipline_bench_backoffice_{Guid.NewGuid():N}"[..40];
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
        return new BenchDatabase(DatabaseProvider.Postgres, connectionString, null, serverConnectionString, name, keep);
    }

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(WorkDirectory, recursive: true);
        if (keep)
        {
            return;
        }

        if (directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
