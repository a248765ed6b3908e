namespace TipLine.Domain.Tips;

/// <summary>
/// The tip's private key, age-encrypted to one party. Access is granted by adding a wrap and revoked by deleting
/// it; the tip itself is never re-encrypted.
/// </summary>
public sealed class TipKeyWrap
{
    private TipKeyWrap()
    {
        RecipientPublicKey = string.Empty;
        WrappedKey = [];
    }

    public TipKeyWrap(Guid id, Guid tipId, KeyWrapHolder holder, Guid? staffUserId, Guid? grantedToOrganisationId, string recipientPublicKey, byte[] wrappedKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientPublicKey);
        if ((holder == KeyWrapHolder.StaffUser) != staffUserId.HasValue)
        {
            throw new ArgumentException("A staff wrap names its user; other wraps name none.", nameof(staffUserId));
        }

        Id = id;
        TipId = tipId;
        Holder = holder;
        StaffUserId = staffUserId;
        GrantedToOrganisationId = grantedToOrganisationId;
        RecipientPublicKey = recipientPublicKey;
        WrappedKey = wrappedKey;
    }

    public Guid Id { get; private set; }

    public Guid TipId { get; private set; }

    public KeyWrapHolder Holder { get; private set; }

    public Guid? StaffUserId { get; private set; }

    /// <summary>The organisation through which a staff user got access (their channel or a routing); revoking a routing deletes these.</summary>
    public Guid? GrantedToOrganisationId { get; private set; }

    public string RecipientPublicKey { get; private set; }

    /// <summary>age file whose plaintext is the tip's AGE-SECRET-KEY-1 identity.</summary>
    public byte[] WrappedKey { get; private set; }
}
