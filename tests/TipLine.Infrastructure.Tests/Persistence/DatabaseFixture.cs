using Microsoft.Extensions.Logging.Abstractions;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>One fresh, empty database per test class, migrated once by the real <see cref="MigrationRunner"/> and dropped afterwards.</summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private DatabaseSettings? settings;

    /// <summary>What the first migration run applied to the empty database.</summary>
    public IReadOnlyList<string> AppliedFromEmpty { get; private set; } = [];

    public DatabaseSettings Settings =>
        settings ?? throw new InvalidOperationException($"{GetType().Name}: no database server is configured for this provider.");

    public TipLineDbContext CreateContext() => new(TipLineDbContextOptions.Create(Settings));

    public MigrationRunner CreateRunner(TipLineDbContext context) => new(context, NullLogger<MigrationRunner>.Instance);

    public async Task InitializeAsync()
    {
        settings = await CreateEmptyDatabaseAsync().ConfigureAwait(false);
        if (settings is null)
        {
            return;
        }

        var context = CreateContext();
        await using (context.ConfigureAwait(false))
        {
            AppliedFromEmpty = await CreateRunner(context).ApplyPendingMigrationsAsync().ConfigureAwait(false);
        }
    }

    public async Task DisposeAsync()
    {
        if (settings is not null)
        {
            await DropDatabaseAsync(settings).ConfigureAwait(false);
        }
    }

    /// <summary>Creates an empty database, or returns null when the provider's server is not configured.</summary>
    protected abstract Task<DatabaseSettings?> CreateEmptyDatabaseAsync();

    protected abstract Task DropDatabaseAsync(DatabaseSettings databaseSettings);

    protected static string UniqueDatabaseName() => "tipline_test_" + Guid.NewGuid().ToString("N")[..16];
}
