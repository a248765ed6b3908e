using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;

namespace TipLine.Application.Staff.RevokeInvitation;

public sealed class RevokeInvitationHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<RevokeInvitation, Unit>
{
    public async ValueTask<Unit> Handle(RevokeInvitation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisationId = actor.RequireOrganisation();
        // Deleted rather than marked: nothing about an unused invitation is worth keeping, and its token hash goes with it.
        var deleted = await database.StaffInvitations
            .Where(i => i.Id == command.InvitationId && i.OrganisationId == organisationId && i.AcceptedAsUserId == null)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted == 1 ? Unit.Value : throw new NotFoundException("invitation");
    }
}
