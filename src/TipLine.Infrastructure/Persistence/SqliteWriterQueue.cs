using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Storage;

namespace TipLine.Infrastructure.Persistence;

/// <summary>
/// Queues this process's SQLite write transactions one behind the other. SQLite has one writer; without a queue,
/// concurrent writers collide at BEGIN IMMEDIATE and Microsoft.Data.Sqlite retries them after fixed 150 ms sleeps,
/// which under load turns a 15 ms commit into a second of waiting (bench/intake measured a 1.2 s p99). Other
/// processes (the CLI) still meet SQLite's busy timeout as before.
/// </summary>
internal static class SqliteWriterQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public static async Task<IDbContextTransaction> BeginAsync(string databaseKey, Func<CancellationToken, Task<IDbContextTransaction>> begin, CancellationToken cancellationToken)
    {
        var queue = Queues.GetOrAdd(databaseKey, _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new QueuedTransaction(await begin(cancellationToken).ConfigureAwait(false), queue);
        }
        catch
        {
            queue.Release();
            throw;
        }
    }

    /// <summary>The transaction, giving the queue to the next writer when it is disposed (after commit or rollback).</summary>
    private sealed class QueuedTransaction(IDbContextTransaction inner, SemaphoreSlim queue) : IDbContextTransaction
    {
        private int released;

        public Guid TransactionId => inner.TransactionId;

        public void Commit() => inner.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public void Rollback() => inner.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            try
            {
                inner.Dispose();
            }
            finally
            {
                Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                Release();
            }
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                queue.Release();
            }
        }
    }
}
