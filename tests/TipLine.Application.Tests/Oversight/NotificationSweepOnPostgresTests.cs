using TipLine.Application.Tests.Hosting;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Oversight;

public sealed class NotificationSweepOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public Task RunningTheSweepAgainChangesNothing() =>
        NotificationSweepTests.RunningTheSweepAgainChangesNothingAsync(new OversightWorld(Host));
}
