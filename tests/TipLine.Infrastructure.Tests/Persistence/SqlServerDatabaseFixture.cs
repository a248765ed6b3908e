using Microsoft.Data.SqlClient;
using TipLine.Infrastructure.Persistence;
using TipLine.Testing.Environment;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>A uniquely named database on the SQL Server named by TIPLINE_TEST_SQLSERVER (none on this project's machines).</summary>
public sealed class SqlServerDatabaseFixture : DatabaseFixture
{
    protected override async Task<DatabaseSettings?> CreateEmptyDatabaseAsync()
    {
        var admin = TestEnvironment.SqlServerConnectionString;
        if (admin is null)
        {
            return null;
        }

        var name = UniqueDatabaseName();
        await ExecuteAsync(admin, $"CREATE DATABASE [{name}]").ConfigureAwait(false);
        var builder = new SqlConnectionStringBuilder(admin) { InitialCatalog = name };
        return new DatabaseSettings(DatabaseProvider.SqlServer, builder.ConnectionString);
    }

    protected override async Task DropDatabaseAsync(DatabaseSettings databaseSettings)
    {
        SqlConnection.ClearAllPools();
        var name = new SqlConnectionStringBuilder(databaseSettings.ConnectionString).InitialCatalog;
        await ExecuteAsync(
            TestEnvironment.SqlServerConnectionString!,
            $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END").ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var connection = new SqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new SqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }
}
