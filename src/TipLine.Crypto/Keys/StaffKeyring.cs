using TipLine.Crypto.Age;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Keys;

/// <summary>
/// A staff user's X25519 key and its three wraps: under the password (Argon2id), under a recovery key shown once, and
/// optionally under the organisation's escrow recipient. All wraps are plain age files.
/// </summary>
public static class StaffKeyring
{
    /// <summary>Enrols a user: a new identity wrapped under <paramref name="password"/>, a recovery key and, optionally, escrow.</summary>
    public static StaffKeyMaterial Create(string password, Argon2idParameters parameters, X25519Recipient? escrow = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(parameters);
        var identity = X25519Identity.Generate();
        try
        {
            var passwordWrapped = WrappedIdentity.Wrap(identity, [new Argon2idRecipient(password, parameters)]);
            using var recovery = X25519Identity.Generate();
            var recoveryWrapped = WrappedIdentity.Wrap(identity, [recovery.Recipient]);
            var escrowWrapped = escrow is null ? null : WrappedIdentity.Wrap(identity, [escrow]);
            return new StaffKeyMaterial(identity, passwordWrapped, recovery.ToSecretString(), recoveryWrapped, escrowWrapped);
        }
        catch
        {
            identity.Dispose();
            throw;
        }
    }

    /// <summary>Opens the password wrap; throws <see cref="KeyUnlockException"/> (WrongSecret) for a wrong password.</summary>
    public static X25519Identity UnlockWithPassword(ReadOnlySpan<byte> passwordWrapped, string password, Argon2idParameters? maximum = null)
    {
        maximum ??= Argon2idParameters.Maximum;
        var recorded = Argon2idIdentity.ReadParameters(passwordWrapped);
        if (recorded is not null && !recorded.IsWithin(maximum))
        {
            throw new KeyUnlockException(KeyUnlockError.ParametersTooHigh, "The wrapped key asks for Argon2id costs above the accepted maximum.");
        }

        return WrappedIdentity.Unwrap(passwordWrapped, [new Argon2idIdentity(password, maximum)]);
    }

    /// <summary>Opens the recovery wrap with the "AGE-SECRET-KEY-1…" recovery key the user wrote down.</summary>
    public static X25519Identity UnlockWithRecoveryKey(ReadOnlySpan<byte> recoveryWrapped, string recoveryKey)
    {
        ArgumentNullException.ThrowIfNull(recoveryKey);
        X25519Identity recovery;
        try
        {
            recovery = X25519Identity.Parse(recoveryKey.Trim().ToUpperInvariant());
        }
        catch (AgeException ex)
        {
            throw new KeyUnlockException(KeyUnlockError.WrongSecret, "The recovery key is not a valid age secret key.", ex);
        }

        using (recovery)
        {
            return WrappedIdentity.Unwrap(recoveryWrapped, [recovery]);
        }
    }

    /// <summary>A new password wrap for an unlocked identity (password change, or parameters raised: see <see cref="NeedsRewrap"/>).</summary>
    public static byte[] RewrapForNewPassword(X25519Identity identity, string newPassword, Argon2idParameters parameters) =>
        WrappedIdentity.Wrap(identity, [new Argon2idRecipient(newPassword, parameters)]);

    /// <summary>True when the password wrap's recorded Argon2id costs are below <paramref name="current"/> (rewrap after the next login).</summary>
    public static bool NeedsRewrap(ReadOnlySpan<byte> passwordWrapped, Argon2idParameters current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var recorded = Argon2idIdentity.ReadParameters(passwordWrapped);
        return recorded is null || !recorded.IsAtLeast(current);
    }
}
