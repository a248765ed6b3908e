using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.ReadInvitation;

/// <summary>
/// What an invitation link offers, for the invitee who is not signed in yet (hence open to anyone: the 256-bit token
/// is the credential). An unknown, used, revoked or expired link is "not found", whichever it is.
/// </summary>
[AllowWhistleblower]
public sealed record ReadInvitation(string Token) : IQuery<InvitationDetails>;

public sealed record InvitationDetails(string OrganisationName, string UserName, string DisplayName, StaffRoles Roles, DateOnly ExpiresOn);
