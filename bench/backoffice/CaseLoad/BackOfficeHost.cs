using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Application.DependencyInjection;
using TipLine.Application.Transactions;
using TipLine.Application.Validation;
using TipLine.Crypto.Signing;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// The application without HTTP, wired as tests/TipLine.Application.Tests' ApplicationHost wires it: the real
/// source-generated mediator with the four pipeline behaviours in production order, Infrastructure's context for the
/// chosen provider, migrated by MigrationRunner. Each send is one scope, as one HTTP request is.
/// </summary>
public sealed class BackOfficeHost : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Ed25519SigningKey signingKey = Ed25519SigningKey.Generate();

    public BackOfficeHost(BenchDatabase database, string blobDirectory)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseSettings.ProviderKey] = database.Provider.ToString(),
                [$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = database.ConnectionString,
                [BlobStoreOptions.DirectoryKey] = blobDirectory,
            })
            .Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddTipLinePersistence(configuration);
        collection.ConfigureDbContext<TipLineDbContext>(options => options.AddInterceptors(Statements));
        collection.AddSingleton<IAuditSigner>(new ServerAuditSigner(signingKey));
        collection.AddSingleton<IAuditSignatureVerifier, Ed25519AuditSignatureVerifier>();
        collection.AddTipLineBlobStore(configuration);
        collection.AddScoped<ActorSlot>();
        collection.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<ActorSlot>().Current);
        collection.AddScoped<IStaffSessionKey, BenchSessionKey>();
        collection.AddTipLineApplication();
        collection.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(AuditLog)];
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TransactionBehaviour<,>),
                typeof(AuditBehaviour<,>),
            ];
        });
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Every SQL command any context of this host sends.</summary>
    public StatementCounter Statements { get; } = new();

    /// <summary>The production path: migrations, never EnsureCreated; on PostgreSQL the migrator also creates the database.</summary>
    public async Task MigrateAsync()
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyPendingMigrationsAsync();
    }

    /// <summary>Sends through the mediator in a fresh scope as <paramref name="actor"/>, as one HTTP request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(BenchActor actor, Func<IMediator, ValueTask<TResponse>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorSlot>().Actor = actor;
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    /// <summary>Works on the database in a fresh scope, outside the pipeline: seeding and query plans.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        signingKey.Dispose();
    }
}
