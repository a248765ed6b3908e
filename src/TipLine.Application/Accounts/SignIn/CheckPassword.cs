using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Accounts.SignIn;

/// <summary>
/// Sign-in, step one: the password unlocks the user's private key (that Argon2id run is the password check). Open to
/// anonymous callers, as a sign-in form must be; failures count towards the lockout.
/// </summary>
[AllowWhistleblower]
public sealed record CheckPassword(string UserName, string Password) : ICommand<PasswordCheckResult>;
