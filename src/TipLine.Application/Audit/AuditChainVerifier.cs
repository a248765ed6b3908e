using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Audit;

namespace TipLine.Application.Audit;

/// <summary>Walks audit entries from the first and reports the first edit, deletion, insertion, reordering or bad signature.</summary>
public sealed class AuditChainVerifier(IAuditSignatureVerifier signatures)
{
    /// <summary>Verifies entries in the order given (e.g. an export file), so reordering shows up as well as editing.</summary>
    public AuditChainReport Verify(IEnumerable<AuditEntry> entries, byte[] publicKey)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(publicKey);
        var walk = new Walk(signatures, publicKey);
        foreach (var entry in entries)
        {
            if (walk.Check(entry) is { } problem)
            {
                return walk.Report(problem);
            }
        }

        return walk.Report(null);
    }

    /// <summary>Verifies the whole stored log in sequence order, streaming so a long log is never held in memory.</summary>
    public async Task<AuditChainReport> VerifyAsync(ITipLineDatabase database, byte[] publicKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(publicKey);
        var walk = new Walk(signatures, publicKey);
        var entries = database.AuditEntries.AsNoTracking().OrderBy(entry => entry.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (walk.Check(entry) is { } problem)
            {
                return walk.Report(problem);
            }
        }

        return walk.Report(null);
    }

    private sealed class Walk(IAuditSignatureVerifier signatures, byte[] publicKey)
    {
        private long verified;
        private byte[] headHash = AuditEntryHash.GenesisPreviousHash;

        public AuditChainProblem? Check(AuditEntry entry)
        {
            var expected = verified + 1;
            if (entry.Sequence < expected)
            {
                return new(entry.Sequence, AuditChainProblemKind.EntriesOutOfOrder, $"Entry {entry.Sequence} appears where entry {expected} was expected.");
            }

            if (entry.Sequence > expected)
            {
                return new(entry.Sequence, AuditChainProblemKind.EntriesMissing, $"Entry {entry.Sequence} appears where entry {expected} was expected: entries were deleted or moved.");
            }

            if (!CryptographicOperations.FixedTimeEquals(entry.PreviousHash, headHash))
            {
                return new(entry.Sequence, AuditChainProblemKind.ChainBroken, $"Entry {entry.Sequence} does not follow the hash of entry {verified}.");
            }

            var recomputed = AuditEntryHash.Compute(entry.Sequence, entry.Day, entry.ActorUserId, entry.Action, entry.ObjectType, entry.ObjectId, entry.PreviousHash);
            if (!CryptographicOperations.FixedTimeEquals(recomputed, entry.Hash))
            {
                return new(entry.Sequence, AuditChainProblemKind.EntryEdited, $"Entry {entry.Sequence} was changed after it was written.");
            }

            if (!signatures.Verify(publicKey, entry.Hash, entry.Signature))
            {
                return new(entry.Sequence, AuditChainProblemKind.SignatureInvalid, $"Entry {entry.Sequence} is not signed by the audit key.");
            }

            verified = entry.Sequence;
            headHash = entry.Hash;
            return null;
        }

        public AuditChainReport Report(AuditChainProblem? problem) => new(verified, headHash, problem);
    }
}
