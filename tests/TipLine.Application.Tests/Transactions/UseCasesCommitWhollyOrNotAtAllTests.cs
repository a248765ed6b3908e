using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Transactions;

public sealed class UseCasesCommitWhollyOrNotAtAllTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly TestActor administrator = TestActor.Staff(StaffRoles.Administrator);

    [Fact]
    public async Task AHandlerThatFailsAfterFlushingItsWritesLeavesNothingBehindNotEvenAnAuditEntry()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.SendAsync(administrator, m => m.Send(new FailingCreateOrganisation("Half-made organisation"))));

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task UseCasesRunFromAnotherJoinItsTransactionAndChainTheirAuditEntries()
    {
        await host.SendAsync(administrator, m => m.Send(new CreateOrganisationsInOneGo(["Kenya Wildlife Service", "Tanzania Police"])));

        var sequences = await host.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal([1L, 2L], sequences);
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        var report = await host.VerifyAuditChainAsync();
        Assert.True(report.IsIntact, report.FirstProblem?.Description);
    }

    [Fact]
    public async Task WhenOneOfSeveralInnerUseCasesIsRefusedTheEarlierOnesAreUndoneToo()
    {
        await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(administrator, m => m.Send(new CreateOrganisationsInOneGo(["Kenya Wildlife Service", ""]))));

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
