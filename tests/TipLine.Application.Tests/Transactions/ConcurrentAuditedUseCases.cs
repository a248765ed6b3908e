using Microsoft.EntityFrameworkCore;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Transactions;

/// <summary>Sends many audited commands at once, each in its own scope and transaction, as simultaneous HTTP requests would.</summary>
internal static class ConcurrentAuditedUseCases
{
    public const int Count = 12;

    /// <summary>Every command must commit with its own entry: sequences 1..Count, no gap, and a chain that verifies.</summary>
    public static async Task AssertAllCommitWithAnUnbrokenChainAsync(ApplicationHost host)
    {
        var administrator = TestActor.Staff(StaffRoles.Administrator);
        var attempts = Enumerable.Range(1, Count)
            .Select(i => Task.Run(() => host.SendAsync(administrator, m => m.Send(new CreateOrganisation($"Organisation {i}", OrganisationType.Customs, ["GA"])))))
            .ToArray();

        // Any use case that lost a race (DbUpdateException on the sequence key) fails the test here.
        var created = await Task.WhenAll(attempts);

        var entries = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(created.Select(id => id.ToString("D")).Order(StringComparer.Ordinal), entries.Select(e => e.ObjectId!).Order(StringComparer.Ordinal));
        Assert.Equal(Count, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        var report = await host.VerifyAuditChainAsync();
        Assert.True(report.IsIntact, report.FirstProblem?.Description);
        Assert.Equal(Count, report.EntriesVerified);
    }
}
