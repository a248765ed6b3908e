using Npgsql;
using TipLine.Infrastructure.Persistence;
using TipLine.Testing.Environment;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>A uniquely named database on the real PostgreSQL server named by TIPLINE_TEST_POSTGRES.</summary>
public sealed class PostgresDatabaseFixture : DatabaseFixture
{
    protected override async Task<DatabaseSettings?> CreateEmptyDatabaseAsync()
    {
        var admin = TestEnvironment.PostgresConnectionString;
        if (admin is null)
        {
            return null;
        }

        var name = UniqueDatabaseName();
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"").ConfigureAwait(false);
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString);
    }

    protected override async Task DropDatabaseAsync(DatabaseSettings databaseSettings)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(databaseSettings.ConnectionString).Database;
        await ExecuteAsync(TestEnvironment.PostgresConnectionString!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }
}
