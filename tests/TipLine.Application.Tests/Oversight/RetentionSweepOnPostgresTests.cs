using TipLine.Application.Tests.Hosting;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Oversight;

public sealed class RetentionSweepOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public Task OnlyExpiredClosedCasesAreCryptoShreddedAndARerunChangesNothing() =>
        RetentionScenarios.DestroysExactlyTheExpiredClosedCasesAsync(Host);

    [PostgresFact]
    public Task ACaseThatFailsHalfWayIsLeftWholeAndRetriedNextRun() =>
        RetentionScenarios.AFailingCaseIsLeftWholeAndTheOthersAreDestroyedAsync(
            Host,
            tipId => "CREATE FUNCTION refuse_shredding() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'shredding refused'; END $$ LANGUAGE plpgsql; "
                + $"CREATE TRIGGER refuse_shredding BEFORE DELETE ON \"Messages\" FOR EACH ROW WHEN (OLD.\"TipId\" = '{tipId:D}') EXECUTE FUNCTION refuse_shredding();",
            "DROP TRIGGER refuse_shredding ON \"Messages\"; DROP FUNCTION refuse_shredding();");

    [PostgresFact]
    public Task BlobFilesLeftByACrashAfterTheCommitAreRemovedByTheOrphanSweep() =>
        RetentionScenarios.FilesLeftByACrashAfterTheCommitAreRemovedByTheOrphanSweepAsync(Host);

    [PostgresFact]
    public Task ARewardInProgressHoldsItsCaseAndASettledOneIsShreddedWithIt() =>
        RetentionScenarios.RewardsInProgressHoldRetentionAndSettledOnesAreShreddedAsync(Host);
}
