using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Hosting;

/// <summary>
/// Base of test classes that run on PostgreSQL: a host on a fresh database of the configured server per test, or none
/// when no server is configured (the [PostgresFact] tests then skip, or fail where the test command requires them).
/// </summary>
public abstract class PostgresHostedTests : IAsyncLifetime
{
    private ApplicationHost? host;

    protected ApplicationHost Host => host ?? throw new InvalidOperationException("No PostgreSQL server configured.");

    public Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is { } server)
        {
            host = ApplicationHost.OnPostgres(server);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
