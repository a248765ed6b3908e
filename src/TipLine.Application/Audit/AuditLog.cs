using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Audit;
using TipLine.Domain.Time;

namespace TipLine.Application.Audit;

/// <summary>
/// Appends signed, hash-chained entries. Call inside a transaction and let the caller save (the pipeline's
/// TransactionBehaviour does). Each append first takes the database's audit-log lock, held until that transaction
/// ends, so concurrent appenders queue and each reads the head the previous one committed. Sequence stays the
/// primary key as the last line of defence: a writer that bypassed the lock and reused a sequence cannot commit.
/// </summary>
public sealed class AuditLog(ITipLineDatabase database, IAuditSigner signer, TimeProvider clock)
{
    public async Task<AuditEntry> AppendAsync(Guid? actorUserId, AuditedAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var (lastSequence, lastHash) = await FindHeadAsync(cancellationToken).ConfigureAwait(false);
        var sequence = lastSequence + 1;
        var day = clock.Today();
        var hash = AuditEntryHash.Compute(sequence, day, actorUserId, action.Action, action.ObjectType, action.ObjectId, lastHash);
        var signature = signer.Sign(hash);
        var entry = new AuditEntry(sequence, day, actorUserId, action.Action, action.ObjectType, action.ObjectId, lastHash, hash, signature);
        database.AuditEntries.Add(entry);
        return entry;
    }

    // The head is the later of the last stored entry and any entry appended earlier in this unit of work, not yet saved.
    private async Task<(long Sequence, byte[] Hash)> FindHeadAsync(CancellationToken cancellationToken)
    {
        var stored = await database.AuditEntries
            .AsNoTracking()
            .OrderByDescending(entry => entry.Sequence)
            .Select(entry => new { entry.Sequence, entry.Hash })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var pending = database.AuditEntries.Local.MaxBy(entry => entry.Sequence);

        if (pending is not null && (stored is null || pending.Sequence > stored.Sequence))
        {
            return (pending.Sequence, pending.Hash);
        }

        return stored is null ? (0, AuditEntryHash.GenesisPreviousHash) : (stored.Sequence, stored.Hash);
    }
}
