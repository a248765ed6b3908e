namespace TipLine.Domain.Audit;

/// <summary>
/// One line of the hash-chained, signed audit log. Hash = SHA-256(previous hash ‖ canonical fields); the server
/// signs Hash with Ed25519. Editing, deleting, inserting or reordering entries breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = string.Empty;
        ObjectType = string.Empty;
        PreviousHash = [];
        Hash = [];
        Signature = [];
    }

    public AuditEntry(long sequence, DateOnly day, Guid? actorUserId, string action, string objectType, string? objectId, byte[] previousHash, byte[] hash, byte[] signature)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        Sequence = sequence;
        Day = day;
        ActorUserId = actorUserId;
        Action = action;
        ObjectType = objectType;
        ObjectId = objectId;
        PreviousHash = previousHash;
        Hash = hash;
        Signature = signature;
    }

    /// <summary>Position in the chain, starting at 1; assigned by the appender, not the database.</summary>
    public long Sequence { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>Null for the system (jobs) and for whistleblowers, who are never identified.</summary>
    public Guid? ActorUserId { get; private set; }

    public string Action { get; private set; }

    public string ObjectType { get; private set; }

    public string? ObjectId { get; private set; }

    public byte[] PreviousHash { get; private set; }

    public byte[] Hash { get; private set; }

    public byte[] Signature { get; private set; }
}
