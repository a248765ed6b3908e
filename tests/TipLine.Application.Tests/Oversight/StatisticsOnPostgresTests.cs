using TipLine.Application.Tests.Hosting;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Oversight;

public sealed class StatisticsOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public Task YearlyCountsAreScopedToTheOrganisationAndSmallCellsSuppressed() =>
        StatisticsScenarios.YearlyCountsAreScopedAndSuppressedAsync(Host);

    [PostgresFact]
    public Task MonthlyCountsCoverWholeMonthsAndNeverShowASmallCount() =>
        StatisticsScenarios.MonthlyCountsCoverWholeMonthsAndNeverShowASmallCountAsync(Host);
}
