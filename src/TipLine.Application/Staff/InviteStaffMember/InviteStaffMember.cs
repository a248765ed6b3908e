using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.InviteStaffMember;

/// <summary>
/// Invites someone to join the administrator's own organisation, or to become the first administrator of an
/// organisation that has no members yet (<paramref name="OrganisationId"/>), which then manages its own staff.
/// Returns the link's token once: only its hash is stored, so a lost link cannot be shown again (revoke, invite again).
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record InviteStaffMember(string UserName, string DisplayName, StaffRoles Roles, Guid? OrganisationId = null)
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
