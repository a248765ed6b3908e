using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.InviteStaffMember;

/// <summary>
/// Invites someone to join the administrator's own organisation. Returns the link's token once: only its hash is
/// stored, so a lost link cannot be shown again (revoke it and invite again).
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record InviteStaffMember(string UserName, string DisplayName, StaffRoles Roles)
    : ICommand<IssuedInvitation>, IAuditedRequest<IssuedInvitation>
{
    public AuditedAction DescribeForAudit(IssuedInvitation response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new("staff.invite", nameof(StaffInvitation), response.InvitationId.ToString("D"));
    }
}

/// <summary>The new invitation; <see cref="Token"/> goes into the link /office/join/{token} and is shown once.</summary>
public sealed record IssuedInvitation(Guid InvitationId, string Token, DateOnly ExpiresOn);
