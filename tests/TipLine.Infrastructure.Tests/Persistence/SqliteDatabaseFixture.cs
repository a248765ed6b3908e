using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>A real SQLite file in a fresh temp directory, created the way the application does it.</summary>
public sealed class SqliteDatabaseFixture : DatabaseFixture
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "tipline-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override Task<DatabaseSettings?> CreateEmptyDatabaseAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseSettings.ProviderKey] = "Sqlite",
                ["ConnectionStrings:TipLine"] = "Data Source=" + Path.Combine(directory, "db", UniqueDatabaseName() + ".db"),
            })
            .Build();
        return Task.FromResult<DatabaseSettings?>(DatabaseSettings.FromConfiguration(configuration));
    }

    protected override Task DropDatabaseAsync(DatabaseSettings databaseSettings)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
