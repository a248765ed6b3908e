using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TipLine.Infrastructure.Jobs;
using TipLine.Infrastructure.Tests.Persistence;
using TipLine.Testing.Environment;

namespace TipLine.Infrastructure.Tests.Jobs;

[Collection(HangfireGlobalStateCollection.Name)]
public sealed class JobsTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    /// <summary>Forget the log provider bound to this test's (now disposed) service provider.</summary>
    public void Dispose() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);

    [Fact]
    public async Task Sqlite_deployments_use_in_memory_job_storage_and_run_a_server()
    {
        await using var provider = Build(("Database:Provider", "Sqlite"));
        Assert.IsType<InMemoryStorage>(provider.GetRequiredService<JobStorage>());
        Assert.Contains(provider.GetServices<IHostedService>(), service => service.GetType().Name.Contains("BackgroundJobServer", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task Postgres_deployments_store_jobs_in_postgres()
    {
        await using var provider = Build(("Database:Provider", "Postgres"), ("ConnectionStrings:TipLine", postgres.Settings.ConnectionString));
        var storage = Assert.IsType<PostgreSqlStorage>(provider.GetRequiredService<JobStorage>());
        using var connection = storage.GetConnection();
        Assert.NotNull(connection);
    }

    [Fact]
    public void Server_providers_demand_a_connection_string()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" }).Build();
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTipLineJobs(configuration));
    }

    private static ServiceProvider Build(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddTipLineJobs(configuration).BuildServiceProvider();
    }
}
