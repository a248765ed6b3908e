using TipLine.Crypto.Age;

namespace TipLine.Crypto.Keys;

/// <summary>
/// What enrolment produces for a staff user. Store <see cref="Recipient"/> and the wraps; show <see cref="RecoveryKey"/>
/// to the user exactly once and never store it. Dispose to wipe the in-memory private key.
/// </summary>
#pragma warning disable CA1819 // wraps are opaque byte strings handed to storage as they are
public sealed class StaffKeyMaterial : IDisposable
{
    internal StaffKeyMaterial(X25519Identity identity, byte[] passwordWrapped, string recoveryKey, byte[] recoveryWrapped, byte[]? escrowWrapped)
    {
        Identity = identity;
        PasswordWrapped = passwordWrapped;
        RecoveryKey = recoveryKey;
        RecoveryWrapped = recoveryWrapped;
        EscrowWrapped = escrowWrapped;
    }

    /// <summary>The user's private key, for immediate use (e.g. to seal it into the session).</summary>
    public X25519Identity Identity { get; }

    /// <summary>The user's public key ("age1…"), which others encrypt tip-key wraps to.</summary>
    public X25519Recipient Recipient => Identity.Recipient;

    /// <summary>Age file (tipline-argon2id stanza) holding the private key under the user's password.</summary>
    public byte[] PasswordWrapped { get; }

    /// <summary>"AGE-SECRET-KEY-1…" of a one-off recovery identity: shown once, never stored by the server.</summary>
    public string RecoveryKey { get; }

    /// <summary>Age file (X25519) holding the private key for the recovery identity; opens offline with <c>age -d -i recovery.txt</c>.</summary>
    public byte[] RecoveryWrapped { get; }

    /// <summary>Age file holding the private key for the organisation's escrow recipient, when one is configured.</summary>
    public byte[]? EscrowWrapped { get; }

    public void Dispose() => Identity.Dispose();
}
#pragma warning restore CA1819
