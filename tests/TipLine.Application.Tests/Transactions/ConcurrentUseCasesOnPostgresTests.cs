using Microsoft.EntityFrameworkCore;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Domain.Staff;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Transactions;

/// <summary>PostgreSQL really interleaves transactions, so this is where writers would race for the same audit sequence without the lock.</summary>
public sealed class ConcurrentUseCasesOnPostgresTests : PostgresHostedTests
{
    [PostgresFact]
    public Task ConcurrentAuditedUseCasesAllCommitInOneUnbrokenChain() =>
        ConcurrentAuditedUseCases.AssertAllCommitWithAnUnbrokenChainAsync(Host);

    [PostgresTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ASecondTransactionWaitsForTheAuditLockUntilTheFirstEnds(bool firstCommits)
    {
        var waitedAndThenGotIt = await Host.WithDatabaseAsync(first => Host.WithDatabaseAsync(async second =>
        {
            await using var firstTransaction = await first.Database.BeginTransactionAsync();
            await first.LockAuditLogAsync();
            await using var secondTransaction = await second.Database.BeginTransactionAsync();

            var secondLock = second.LockAuditLogAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var waited = !secondLock.IsCompleted;

            if (firstCommits)
            {
                await firstTransaction.CommitAsync();
            }
            else
            {
                await firstTransaction.RollbackAsync();
            }

            await secondLock.WaitAsync(TimeSpan.FromSeconds(10));
            await secondTransaction.CommitAsync();
            return waited;
        }));

        Assert.True(waitedAndThenGotIt);
    }

    [PostgresFact]
    public async Task AFailingHandlerLeavesNothingBehindOnPostgres()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Host.SendAsync(TestActor.Staff(StaffRoles.Administrator), m => m.Send(new FailingCreateOrganisation("Half-made organisation"))));

        Assert.Equal(0, await Host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await Host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }
}
