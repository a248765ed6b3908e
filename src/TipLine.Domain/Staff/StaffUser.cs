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

    /// <summary>Failed sign-ins since the last success; drives the lockout backoff.</summary>
    public int FailedSignIns { get; private set; }

    /// <summary>Sign-in is refused until this instant (staff times are not sensitive the way a whistleblower's are).</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>The last TOTP time step accepted; a code of this step or an earlier one is a replay and is refused.</summary>
    public long LastTotpStep { get; private set; }

    /// <summary>SHA-256 (hex) of each unused second-factor recovery code, space separated; each works once.</summary>
    public string RecoveryCodeHashes { get; private set; } = string.Empty;

    /// <summary>Optional address for content-free notifications ("you have something to look at"); never tip content.</summary>
    public string? NotificationEmail { get; private set; }

    /// <summary>The back-office language this user picked (en, fr, es).</summary>
    public string Language { get; private set; } = "en";

    /// <summary>Failures allowed before the first lock; each further failure doubles the lock, up to <see cref="LongestLock"/>.</summary>
    public const int FailuresBeforeLock = 5;

    public static readonly TimeSpan FirstLock = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestLock = TimeSpan.FromHours(1);

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

    public void Enable() => IsDisabled = false;

    public void Rename(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        DisplayName = displayName.Trim();
    }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Counts a failed sign-in; from the fifth on, locks for 1, 2, 4 … minutes, at most an hour.</summary>
    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= FailuresBeforeLock)
        {
            var doublings = Math.Min(FailedSignIns - FailuresBeforeLock, 10);
            var lockFor = TimeSpan.FromTicks(Math.Min(FirstLock.Ticks << doublings, LongestLock.Ticks));
            LockedUntil = now + lockFor;
        }
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    /// <summary>Accepts a verified TOTP step once; false for the step already used or an older one (replay).</summary>
    public bool TryAcceptTotpStep(long step)
    {
        if (step <= LastTotpStep)
        {
            return false;
        }

        LastTotpStep = step;
        return true;
    }

    public void ReplaceRecoveryCodes(IEnumerable<string> codeHashes)
    {
        ArgumentNullException.ThrowIfNull(codeHashes);
        RecoveryCodeHashes = string.Join(' ', codeHashes);
    }

    /// <summary>Spends a recovery code given by its hash; the caller compares in constant time and passes the stored hash it matched.</summary>
    public bool SpendRecoveryCode(string matchedHash)
    {
        var remaining = RecoveryCodeHashes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!remaining.Remove(matchedHash))
        {
            return false;
        }

        RecoveryCodeHashes = string.Join(' ', remaining);
        return true;
    }

    public IReadOnlyList<string> UnusedRecoveryCodeHashes => RecoveryCodeHashes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Removes the second factor (administrator reset); the user enrols again at the next sign-in.</summary>
    public void ResetSecondFactor()
    {
        SealedTotpSecret = null;
        RecoveryCodeHashes = string.Empty;
    }

    public void SetNotificationEmail(string? email) =>
        NotificationEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public void SetLanguage(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Language = language;
    }
}
