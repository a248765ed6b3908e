namespace TipLine.Domain.Staff;

/// <summary>
/// One signed-in back-office session. It holds the user's private key sealed under a secret that only the session
/// cookie carries, so neither this row nor the cookie alone yields the key. Signing out or disabling the user deletes
/// the row, which ends the session even if a copy of the cookie survives.
/// </summary>
public sealed class StaffSession
{
    private StaffSession()
    {
        SealedKey = [];
    }

    public StaffSession(Guid id, Guid staffUserId, byte[] sealedKey, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(sealedKey);
        Id = id;
        StaffUserId = staffUserId;
        SealedKey = sealedKey;
        StartedAt = now;
        LastSeenAt = now;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid StaffUserId { get; private set; }

    /// <summary>SessionKeySeal blob: the private key under the cookie's secret, bound to this session's id.</summary>
    public byte[] SealedKey { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Last request seen; the idle timeout counts from here.</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>Absolute end of the session whatever the activity.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsAliveAt(DateTimeOffset now, TimeSpan idleTimeout) => now < ExpiresAt && now - LastSeenAt < idleTimeout;

    public void Touch(DateTimeOffset now) => LastSeenAt = now;

    /// <summary>Turns the short pending session of the first sign-in step into a full one once the second factor passed.</summary>
    public void ExtendUntil(DateTimeOffset expiresAt) => ExpiresAt = expiresAt;
}
