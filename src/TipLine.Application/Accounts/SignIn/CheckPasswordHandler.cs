using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Crypto.Sessions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Accounts.SignIn;

public sealed class CheckPasswordHandler(ITipLineDatabase database, TimeProvider clock) : ICommandHandler<CheckPassword, PasswordCheckResult>
{
    /// <summary>How long the half-signed-in state (password done, second factor not yet) lasts.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    // An unknown user name costs the same Argon2id run as a known one, so response time does not reveal which names exist.
    private static readonly Lazy<string> DecoyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString("N"), Argon2idParameters.Default));

    public async ValueTask<PasswordCheckResult> Handle(CheckPassword command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var userName = (command.UserName ?? string.Empty).Trim().ToLowerInvariant();
        var password = command.Password ?? string.Empty;
        var user = userName.Length == 0 || password.Length > PasswordPolicy.MaximumLength
            ? null
            : await database.StaffUsers.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken).ConfigureAwait(false);
        if (user is null || user.IsDisabled)
        {
            _ = PasswordHasher.Verify(password.Length > PasswordPolicy.MaximumLength ? string.Empty : password, DecoyHash.Value);
            return new PasswordCheckResult(PasswordCheckOutcome.Refused);
        }

        if (user.IsLockedAt(now))
        {
            return new PasswordCheckResult(PasswordCheckOutcome.Locked, LockedUntil: user.LockedUntil);
        }

        X25519Identity identity;
        try
        {
            identity = StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, password);
        }
        catch (KeyUnlockException)
        {
            user.RecordFailedSignIn(now);
            return user.IsLockedAt(now)
                ? new PasswordCheckResult(PasswordCheckOutcome.Locked, LockedUntil: user.LockedUntil)
                : new PasswordCheckResult(PasswordCheckOutcome.Refused);
        }

        using (identity)
        {
            var sessionId = Guid.NewGuid();
            var sealedKey = SessionKeySeal.Seal(identity, sessionId.ToByteArray());
            database.StaffSessions.Add(new StaffSession(sessionId, user.Id, sealedKey.SealedBlob, now, now + PendingLifetime));
            var outcome = user.SealedTotpSecret is null ? PasswordCheckOutcome.EnrolmentRequired : PasswordCheckOutcome.SecondFactorRequired;
            return new PasswordCheckResult(outcome, user.Id, sessionId, sealedKey.CookieSecret);
        }
    }
}
