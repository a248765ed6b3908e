using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// First sign-in of a user without a second factor: the TOTP secret the page showed (as a QR code) is confirmed by a
/// code from the user's app, sealed and stored; ten recovery codes are generated and returned to be shown once.
/// Finishes the sign-in. Null when the code does not match.
/// </summary>
[AllowWhistleblower]
#pragma warning disable CA1819 // the secret comes from the page's protected state as bytes
public sealed record EnrolSecondFactor(Guid SessionId, Guid UserId, byte[] TotpSecret, string Code) : ICommand<SecondFactorEnrolment?>
#pragma warning restore CA1819
{
}

/// <summary>The signed-in user and their recovery codes, to show exactly once.</summary>
public sealed record SecondFactorEnrolment(SignedInStaff Staff, IReadOnlyList<string> RecoveryCodes);
