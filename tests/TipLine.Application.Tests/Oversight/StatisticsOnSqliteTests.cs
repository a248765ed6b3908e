using TipLine.Application.Tests.Hosting;

namespace TipLine.Application.Tests.Oversight;

public sealed class StatisticsOnSqliteTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();

    [Fact]
    public Task YearlyCountsAreScopedToTheOrganisationAndSmallCellsSuppressed() =>
        StatisticsScenarios.YearlyCountsAreScopedAndSuppressedAsync(host);

    [Fact]
    public Task MonthlyCountsCoverWholeMonthsAndNeverShowASmallCount() =>
        StatisticsScenarios.MonthlyCountsCoverWholeMonthsAndNeverShowASmallCountAsync(host);

    [Fact]
    public Task CsvAndJsonCarryTheSameSuppressedCells() =>
        StatisticsScenarios.CsvAndJsonCarryTheSameSuppressedCellsAsync(host);

    [Fact]
    public Task OnlyInvestigatorsAdministratorsAndAuditorsMayComputeAndBadPeriodsAreRefused() =>
        StatisticsScenarios.OnlyInvestigatorsAdministratorsAndAuditorsMayComputeAndBadPeriodsAreRefusedAsync(host);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
