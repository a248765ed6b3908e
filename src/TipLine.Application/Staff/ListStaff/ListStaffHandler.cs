using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.ListStaff;

public sealed class ListStaffHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : IQueryHandler<ListStaff, StaffList>
{
    public async ValueTask<StaffList> Handle(ListStaff query, CancellationToken cancellationToken)
    {
        var organisationId = actor.RequireOrganisation();
        var today = clock.Today();
        var members = await database.StaffUsers.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId)
            .OrderBy(u => u.UserName)
            .Select(u => new StaffMemberSummary(u.Id, u.UserName, u.DisplayName, u.Roles, u.IsDisabled, u.SealedTotpSecret != null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var invitations = await database.StaffInvitations.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.AcceptedAsUserId == null)
            .OrderBy(i => i.UserName)
            .Select(i => new InvitationSummary(i.Id, i.UserName, i.DisplayName, i.Roles, i.InvitedOn, i.ExpiresOn, i.ExpiresOn < today))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new StaffList(members, invitations);
    }
}
