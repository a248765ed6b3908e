using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// Sign-in, step two: a TOTP code (each time step accepted once) or one of the user's recovery codes. Null when
/// refused. Both outcomes are audited in the user's name (PendingSignIn).
/// </summary>
[AllowWhistleblower]
public sealed record CheckSecondFactor(Guid SessionId, Guid UserId, string Code) : ICommand<SignedInStaff?>;
