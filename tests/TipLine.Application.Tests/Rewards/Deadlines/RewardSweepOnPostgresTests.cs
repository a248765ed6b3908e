using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.Oversight;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Rewards.Deadlines;

public sealed class RewardSweepOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public Task EachKindGoesToTheProgrammeOrganisationsEnabledRewardOfficers() =>
        RewardSweepTests.EachKindGoesToTheRightOfficersAsync(new OversightWorld(Host));

    [PostgresFact]
    public Task RunningTheSweepTwiceChangesNothing() =>
        RewardSweepTests.RunningTheSweepTwiceChangesNothingAsync(new OversightWorld(Host));
}
