using TipLine.Application.Tests.Hosting;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Oversight;

public sealed class StatisticsOnPostgresTests : IAsyncLifetime
{
    private ApplicationHost? host;

    private ApplicationHost Host => host ?? throw new InvalidOperationException("No PostgreSQL server configured.");

    [PostgresFact]
    public Task YearlyCountsAreScopedToTheOrganisationAndSmallCellsSuppressed() =>
        StatisticsScenarios.YearlyCountsAreScopedAndSuppressedAsync(Host);

    [PostgresFact]
    public Task MonthlyCountsCoverWholeMonthsAndNeverShowASmallCount() =>
        StatisticsScenarios.MonthlyCountsCoverWholeMonthsAndNeverShowASmallCountAsync(Host);

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
