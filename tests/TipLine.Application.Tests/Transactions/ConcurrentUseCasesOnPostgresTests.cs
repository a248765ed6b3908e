using Microsoft.EntityFrameworkCore;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Testing.Environment;
using Xunit.Abstractions;

namespace TipLine.Application.Tests.Transactions;

/// <summary>PostgreSQL really interleaves transactions, so this is where two writers can race for the same audit sequence.</summary>
public sealed class ConcurrentUseCasesOnPostgresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ApplicationHost? host;

    private ApplicationHost Host => host ?? throw new InvalidOperationException("No PostgreSQL server configured.");

    [PostgresFact]
    public async Task ConcurrentAuditedUseCasesNeverShareASequenceAndNeverCommitWithoutTheirEntry()
    {
        var administrator = TestActor.Staff(StaffRoles.Administrator);
        var attempts = Enumerable.Range(1, 12)
            .Select(i => Task.Run(async () =>
            {
                try
                {
                    await Host.SendAsync(administrator, m => m.Send(new CreateOrganisation($"Organisation {i}", OrganisationType.Customs, ["GA"])));
                    return (Exception?)null;
                }
                catch (DbUpdateException conflict)
                {
                    return conflict;
                }
            }))
            .ToArray();
        var outcomes = await Task.WhenAll(attempts);
        var committed = outcomes.Count(o => o is null);
        output.WriteLine($"{committed} of {outcomes.Length} concurrent use cases committed; the rest lost the race for a sequence.");

        var sequences = await Host.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.InRange(committed, 1, 12);
        Assert.Equal(Enumerable.Range(1, committed).Select(i => (long)i), sequences);
        Assert.Equal(committed, await Host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        var report = await Host.VerifyAuditChainAsync();
        Assert.True(report.IsIntact, report.FirstProblem?.Description);
    }

    [PostgresFact]
    public async Task AFailingHandlerLeavesNothingBehindOnPostgres()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Host.SendAsync(TestActor.Staff(StaffRoles.Administrator), m => m.Send(new FailingCreateOrganisation("Half-made organisation"))));

        Assert.Equal(0, await Host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await Host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

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
