using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Application.DependencyInjection;
using TipLine.Application.Staff;
using TipLine.Application.Transactions;
using TipLine.Application.Validation;
using TipLine.Crypto.Passwords;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Catalogue;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace TipLine.Application.Tests.Hosting;

/// <summary>
/// The real source-generated mediator and pipeline over Infrastructure's real context on a fresh database (a SQLite
/// file unless told otherwise), registered as the Web host registers it and migrated by MigrationRunner before first
/// use; one per test.
/// </summary>
public sealed class ApplicationHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 23, 59, 30, TimeSpan.Zero);

    private readonly string? directory;
    private readonly string? postgresDatabase;
    private readonly string? adminConnectionString;
    private readonly ServiceProvider services;
    private readonly Lazy<Task> migrated;

    public ApplicationHost()
        : this(postgresServer: null)
    {
    }

    private ApplicationHost(string? postgresServer, string? dataDirectory = null)
    {
        string provider;
        string connectionString;
        if (postgresServer is null)
        {
            directory = Directory.CreateTempSubdirectory("tipline-application-").FullName;
            provider = nameof(DatabaseProvider.Sqlite);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "tipline.db") }.ToString();
        }
        else
        {
            postgresDatabase = $"tipline_application_{Guid.NewGuid():N}";
            provider = nameof(DatabaseProvider.Postgres);
            connectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresDatabase }.ToString();
            adminConnectionString = postgresServer;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseSettings.ProviderKey] = provider,
                [$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = connectionString,
                [BlobStoreOptions.DirectoryKey] = BlobDirectory,
                [ImportedSpeciesCatalogue.DataDirectoryKey] = dataDirectory,
            })
            .Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddTipLinePersistence(configuration);
        collection.AddSingleton<TimeProvider>(new FixedClock(Now));
        collection.AddSingleton(AuditKey);
        collection.AddSingleton<IAuditSigner>(AuditKey);
        collection.AddSingleton<IAuditSignatureVerifier>(AuditKey);
        collection.AddSingleton(StaffKeys);
        collection.AddDataProtection().UseEphemeralDataProtectionProvider();
        collection.AddScoped<ISecretSealer, DataProtectionSecretSealer>();
        collection.AddScoped<IStaffSessionKey, TestStaffSessionKey>();
        collection.AddTipLineBlobStore(configuration);
        if (dataDirectory is not null)
        {
            collection.AddTipLineSpeciesCatalogue(configuration);
        }

        collection.AddScoped<ActorSlot>();
        collection.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<ActorSlot>().Actor);
        // Real Argon2id, at costs that keep enrolment in tests fast.
        collection.AddSingleton(new StaffPasswordCosts(Argon2idParameters.FastForTestsOnly));
        collection.AddTipLineApplication();
        collection.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(AuditLog), typeof(ApplicationHost)];
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TransactionBehaviour<,>),
                typeof(AuditBehaviour<,>),
            ];
        });
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        migrated = new Lazy<Task>(MigrateAsync);
    }

    public EcdsaTestAuditKey AuditKey { get; } = new();

    /// <summary>Private keys of the staff users a test has "signed in" (see <see cref="TestStaffKeys"/>).</summary>
    public TestStaffKeys StaffKeys { get; } = new();

    /// <summary>This host's blob directory (a fresh temporary one, removed on dispose).</summary>
    public string BlobDirectory { get; } = Directory.CreateTempSubdirectory("tipline-application-blobs-").FullName;

    /// <summary>A host on a fresh database of the PostgreSQL server the test command configures; dropped on dispose.</summary>
    public static ApplicationHost OnPostgres(string serverConnectionString) => new(serverConnectionString);

    /// <summary>A SQLite host that reads the species catalogue from <paramref name="dataDirectory"/> as the Web host does.</summary>
    public static ApplicationHost WithDataDirectory(string dataDirectory) => new(postgresServer: null, dataDirectory);

    /// <summary>Sends through the mediator in a fresh scope (as one HTTP request would) as the given actor.</summary>
    public async Task<TResponse> SendAsync<TResponse>(TestActor actor, Func<IMediator, ValueTask<TResponse>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        await migrated.Value;
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorSlot>().Actor = actor;
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    /// <summary>Works on the database in a fresh scope, outside the pipeline: for assertions and for tampering.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await migrated.Value;
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>(), scope.ServiceProvider);
    }

    public Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, Task<T>> work) =>
        WithDatabaseAsync((database, _) => work(database));

    public Task<AuditChainReport> VerifyAuditChainAsync() =>
        WithDatabaseAsync((database, provider) => provider.GetRequiredService<AuditChainVerifier>().VerifyAsync(database, AuditKey.PublicKey));

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        AuditKey.Dispose();
        Directory.Delete(BlobDirectory, recursive: true);
        if (directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    // The production path: migrations, never EnsureCreated; on PostgreSQL the migrator also creates the database.
    private async Task MigrateAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyPendingMigrationsAsync();
        if (applied.Count == 0)
        {
            throw new InvalidOperationException("A fresh test database should have had migrations to apply.");
        }
    }

    private sealed class ActorSlot
    {
        public TestActor Actor { get; set; } = TestActor.Whistleblower;
    }
}
