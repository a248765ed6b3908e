using TipLine.Application.Tests.Hosting;

namespace TipLine.Application.Tests.Administration;

public sealed class ConcurrentAdministrationOnSqliteTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();

    [Fact]
    public Task TwoAdministratorsDisablingEachOtherAtOnceLeaveOneAdministrator() =>
        ConcurrentAdministration.AssertMutualDisablingLeavesOneAdministratorAsync(host);

    [Fact]
    public Task AnInvitationAcceptedTwiceAtOnceMakesOneAccount() =>
        ConcurrentAdministration.AssertAnInvitationSentTwiceAtOnceMakesOneAccountAsync(host);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
