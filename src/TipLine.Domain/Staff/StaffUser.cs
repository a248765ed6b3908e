namespace TipLine.Domain.Staff;

/// <summary>
/// A back-office user. The X25519 private key is only ever stored as age ciphertext: under the password
/// (Argon2id), under a recovery key shown once, and optionally under the organisation's offline escrow key.
/// </summary>
public sealed class StaffUser
{
    private StaffUser()
    {
        UserName = string.Empty;
        DisplayName = string.Empty;
        PasswordHash = string.Empty;
        PublicKey = string.Empty;
        PasswordWrappedPrivateKey = [];
        RecoveryWrappedPrivateKey = [];
    }

    public StaffUser(
        Guid id,
        Guid organisationId,
        string userName,
        string displayName,
        StaffRoles roles,
        string passwordHash,
        string publicKey,
        byte[] passwordWrappedPrivateKey,
        byte[] recoveryWrappedPrivateKey,
        DateOnly createdOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKey);
        Id = id;
        OrganisationId = organisationId;
        UserName = userName.Trim().ToLowerInvariant();
        DisplayName = displayName.Trim();
        Roles = roles;
        PasswordHash = passwordHash;
        PublicKey = publicKey;
        PasswordWrappedPrivateKey = passwordWrappedPrivateKey;
        RecoveryWrappedPrivateKey = recoveryWrappedPrivateKey;
        CreatedOn = createdOn;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>Login name, stored lower-case so lookups are case-insensitive on every provider.</summary>
    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public StaffRoles Roles { get; private set; }

    /// <summary>Argon2id hash in a self-describing string (algorithm, parameters, salt, hash).</summary>
    public string PasswordHash { get; private set; }

    /// <summary>The user's age X25519 recipient, "age1...".</summary>
    public string PublicKey { get; private set; }

    /// <summary>age file holding the private key, encrypted under a key derived from the password.</summary>
    public byte[] PasswordWrappedPrivateKey { get; private set; }

    /// <summary>age file holding the private key, encrypted under the recovery key shown once at enrolment.</summary>
    public byte[] RecoveryWrappedPrivateKey { get; private set; }

    /// <summary>age file holding the private key for the organisation's offline escrow key, if one is configured.</summary>
    public byte[]? EscrowWrappedPrivateKey { get; private set; }

    /// <summary>TOTP secret, sealed by the data-protection key ring; null until the second factor is enrolled.</summary>
    public byte[]? SealedTotpSecret { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    public bool HasRole(StaffRoles role) => (Roles & role) == role;

    public void ChangePassword(string passwordHash, byte[] passwordWrappedPrivateKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        PasswordHash = passwordHash;
        PasswordWrappedPrivateKey = passwordWrappedPrivateKey;
    }

    public void SetEscrowCopy(byte[]? escrowWrappedPrivateKey) => EscrowWrappedPrivateKey = escrowWrappedPrivateKey;

    public void EnrolSecondFactor(byte[] sealedTotpSecret) => SealedTotpSecret = sealedTotpSecret;

    public void ChangeRoles(StaffRoles roles) => Roles = roles;

    public void Disable() => IsDisabled = true;
}
