using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Tests.Support;

namespace TipLine.Infrastructure.Tests.Persistence;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Default_is_a_sqlite_file_under_the_content_root_data_directory()
    {
        using var root = new TemporaryDirectory();
        var settings = DatabaseSettings.FromConfiguration(Configuration(), new TestHostEnvironment(root.Path));
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(Path.Combine(root.Path, "data", "tipline.db"), builder.DataSource);
        Assert.True(builder.ForeignKeys);
        Assert.True(Directory.Exists(Path.Combine(root.Path, "data")));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    public void Server_providers_demand_a_connection_string(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(("Database:Provider", provider))));
        Assert.Contains("ConnectionStrings:TipLine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_provider_is_refused_with_the_supported_names()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(("Database:Provider", "MySql"))));
        Assert.Contains("Sqlite, Postgres or SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_sqlite_context_uses_wal_full_sync_and_foreign_keys_and_serves_ITipLineDatabase()
    {
        using var root = new TemporaryDirectory();
        var services = new ServiceCollection().AddLogging();
        services.AddTipLinePersistence(Configuration(), new TestHostEnvironment(root.Path));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        Assert.Same(context, scope.ServiceProvider.GetRequiredService<ITipLineDatabase>());
        var applied = await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyPendingMigrationsAsync();
        Assert.EndsWith("_InitialCreate", applied[0], StringComparison.Ordinal);
        Assert.Contains(applied, name => name.EndsWith("_Intake", StringComparison.Ordinal));

        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
        Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
        await context.Database.CloseConnectionAsync();
        Assert.True(File.Exists(Path.Combine(root.Path, "data", "tipline.db")));
    }

    private static async Task<string?> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
