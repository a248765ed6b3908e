using TipLine.Application.Tests.Hosting;

namespace TipLine.Application.Tests.Transactions;

/// <summary>SQLite has no audit lock to take: its transactions begin with the single write lock, so writers queue there.</summary>
public sealed class ConcurrentUseCasesOnSqliteTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();

    [Fact]
    public Task ConcurrentAuditedUseCasesAllCommitInOneUnbrokenChain() =>
        ConcurrentAuditedUseCases.AssertAllCommitWithAnUnbrokenChainAsync(host);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
