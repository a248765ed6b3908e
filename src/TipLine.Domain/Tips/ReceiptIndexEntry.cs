namespace TipLine.Domain.Tips;

/// <summary>
/// Finds a tip from a receipt without storing the receipt: the key is SHA-256 of the lookup secret that
/// Argon2id derives from the receipt. A database thief must run Argon2id per guess of an 80-bit receipt.
/// </summary>
public sealed class ReceiptIndexEntry
{
    private ReceiptIndexEntry()
    {
        LookupHash = [];
    }

    public ReceiptIndexEntry(byte[] lookupHash, Guid tipId)
    {
        if (lookupHash is not { Length: 32 })
        {
            throw new ArgumentException("The lookup hash is a 32-byte SHA-256 digest.", nameof(lookupHash));
        }

        LookupHash = lookupHash;
        TipId = tipId;
    }

    public byte[] LookupHash { get; private set; }

    public Guid TipId { get; private set; }
}
