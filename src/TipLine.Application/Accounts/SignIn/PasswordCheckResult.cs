namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// The first sign-in step's outcome. On success the unlocked key is already sealed into a pending session row; the
/// browser keeps <see cref="CookieSecret"/> (and the session id) until the second factor is checked.
/// </summary>
#pragma warning disable CA1819 // the secret is handed to the cookie as it is
public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, Guid? UserId = null, Guid? SessionId = null, byte[]? CookieSecret = null, DateTimeOffset? LockedUntil = null);
#pragma warning restore CA1819

public enum PasswordCheckOutcome
{
    /// <summary>Unknown user, disabled user or wrong password: one answer for all, so user names cannot be probed.</summary>
    Refused = 1,
    Locked = 2,
    SecondFactorRequired = 3,
    EnrolmentRequired = 4,
}
