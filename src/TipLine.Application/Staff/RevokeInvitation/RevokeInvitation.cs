using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.RevokeInvitation;

/// <summary>Withdraws an invitation of the administrator's organisation not yet accepted; its link stops working.</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record RevokeInvitation(Guid InvitationId) : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("staff.invitation.revoke", nameof(StaffInvitation), InvitationId.ToString("D"));
}
