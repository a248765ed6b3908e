using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Background job workers; sweeps are idempotent and state lives in the database, so two suffice.</summary>
    public const int WorkerCount = 2;

    /// <summary>
    /// Hangfire with storage following the database provider: PostgreSql or SqlServer storage in production,
    /// in-memory for SQLite (jobs re-derive their work from the database, so losing the queue loses nothing).
    /// </summary>
    public static IServiceCollection AddTipLineJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (provider, connectionString) = DatabaseSettings.ReadConfigured(configuration);

        // Hangfire otherwise resolves JobStorage from its process-wide JobStorage.Current, which the next host built in
        // the same process (tests start several) overwrites: a host could end up holding another host's storage and
        // fail once that one is disposed. The in-memory storage is therefore this host's own DI singleton, disposed with it.
        if (provider is not DatabaseProvider.Postgres and not DatabaseProvider.SqlServer)
        {
            services.AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions()));
        }

        services.AddHangfire((serviceProvider, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.Postgres:
                    hangfire.UsePostgreSqlStorage(options => options.UseNpgsqlConnection(connectionString));
                    break;
                case DatabaseProvider.SqlServer:
                    hangfire.UseSqlServerStorage(() => new SqlConnection(connectionString), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
                    break;
                default:
                    hangfire.UseStorage(serviceProvider.GetRequiredService<JobStorage>());
                    break;
            }
        });
        services.AddHangfireServer(options => options.WorkerCount = WorkerCount);
        services.AddScoped<OrphanBlobSweep>();
        services.AddOptions<NotificationMailOptions>().Bind(configuration.GetSection(NotificationMailOptions.SectionName));
        services.AddScoped<NotificationMailer>();
        return services;
    }
}
