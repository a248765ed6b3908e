using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;
using TipLine.Application.Errors;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.AcceptInvitation;

public sealed class AcceptInvitationHandler(ITipLineDatabase database, AuditLog auditLog, StaffPasswordCosts costs, TimeProvider clock)
    : ICommandHandler<AcceptInvitation, JoinedStaffMember>
{
    public async ValueTask<JoinedStaffMember> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        // Looked up before any key derivation, so a wrong link costs the server nothing.
        var invitation = await InvitationTokens.FindUsableAsync(database, command.Token, today, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("invitation");
        var organisation = await database.Organisations
            .SingleAsync(o => o.Id == invitation.OrganisationId, cancellationToken).ConfigureAwait(false);

        var enrolled = StaffEnrolment.Enrol(
            organisation, invitation.UserName, invitation.DisplayName, invitation.Roles, command.Password, costs.Parameters, today);
        // A double-clicked form, or a revocation, may have got there during the key derivation. Holding the audit lock
        // (which the audit entry below takes anyway), look again: the loser of the race gets "not found", not a user twice.
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        if (!await database.StaffInvitations.AsNoTracking().AnyAsync(i => i.Id == invitation.Id && i.AcceptedAsUserId == null, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("invitation");
        }

        database.StaffUsers.Add(enrolled.User);
        invitation.MarkAccepted(enrolled.User.Id);
        await auditLog.AppendAsync(enrolled.User.Id, new AuditedAction("staff.join", nameof(StaffUser), enrolled.User.Id.ToString("D")), cancellationToken)
            .ConfigureAwait(false);
        return new JoinedStaffMember(enrolled.User.Id, enrolled.User.UserName, enrolled.RecoveryKey);
    }
}
