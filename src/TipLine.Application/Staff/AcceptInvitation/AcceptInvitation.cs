using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Staff.AcceptInvitation;

/// <summary>
/// The invitee chooses a password and becomes a staff member: their key pair is made now, wrapped under that password,
/// under a recovery key returned here to be shown once, and under the organisation's escrow key if it has one.
/// Open to anyone holding the link (the invitee is not signed in); the second factor is enrolled at first sign-in.
/// Audited as the new user, in the handler, since no signed-in actor exists.
/// </summary>
[AllowWhistleblower]
public sealed record AcceptInvitation(string Token, string Password, string PasswordConfirmation) : ICommand<JoinedStaffMember>
{
    // Records print their members; this one carries a password and a bearer token.
    public override string ToString() => nameof(AcceptInvitation);
}

/// <summary>The new account; <see cref="RecoveryKey"/> exists nowhere else and must be shown to the user exactly once.</summary>
public sealed record JoinedStaffMember(Guid UserId, string UserName, string RecoveryKey)
{
    public override string ToString() => $"{nameof(JoinedStaffMember)} {UserId:D}";
}
