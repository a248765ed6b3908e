using TipLine.Application.Tests.Hosting;

namespace TipLine.Application.Tests.Oversight;

public sealed class RetentionSweepOnSqliteTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();

    [Fact]
    public Task OnlyExpiredClosedCasesAreCryptoShreddedAndARerunChangesNothing() =>
        RetentionScenarios.DestroysExactlyTheExpiredClosedCasesAsync(host);

    [Fact]
    public Task ACaseThatFailsHalfWayIsLeftWholeAndRetriedNextRun() =>
        RetentionScenarios.AFailingCaseIsLeftWholeAndTheOthersAreDestroyedAsync(
            host,
            tipId => $"CREATE TRIGGER refuse_shredding BEFORE DELETE ON Messages WHEN upper(OLD.TipId) = upper('{tipId:D}') BEGIN SELECT RAISE(ABORT, 'shredding refused'); END;",
            "DROP TRIGGER refuse_shredding;");

    [Fact]
    public Task BlobFilesLeftByACrashAfterTheCommitAreRemovedByTheOrphanSweep() =>
        RetentionScenarios.FilesLeftByACrashAfterTheCommitAreRemovedByTheOrphanSweepAsync(host);

    [Fact]
    public Task ARewardInProgressHoldsItsCaseAndASettledOneIsShreddedWithIt() =>
        RetentionScenarios.RewardsInProgressHoldRetentionAndSettledOnesAreShreddedAsync(host);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
