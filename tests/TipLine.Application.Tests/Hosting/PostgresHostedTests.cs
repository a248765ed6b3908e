using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Hosting;

/// <summary>
/// Base of test classes that run on a fresh database of the PostgreSQL server the test command configures (one per
/// test); their [PostgresFact]s skip, or fail when PostgreSQL is required, without one.
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
