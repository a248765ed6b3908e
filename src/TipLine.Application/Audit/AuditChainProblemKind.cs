namespace TipLine.Application.Audit;

/// <summary>Why an audit chain failed verification.</summary>
public enum AuditChainProblemKind
{
    /// <summary>The entry's fields no longer produce its stored hash.</summary>
    EntryEdited = 1,

    /// <summary>Sequence numbers jump: entries were deleted (or the chain was cut and re-joined).</summary>
    EntriesMissing = 2,

    /// <summary>A sequence number repeats or goes backwards: entries were reordered or duplicated.</summary>
    EntriesOutOfOrder = 3,

    /// <summary>The entry does not point at the hash of the entry before it: something was inserted, replayed or replaced.</summary>
    ChainBroken = 4,

    /// <summary>The entry's signature does not verify under the audit public key.</summary>
    SignatureInvalid = 5,
}
