using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.ReadInvitation;

public sealed class ReadInvitationHandler(ITipLineDatabase database, TimeProvider clock) : IQueryHandler<ReadInvitation, InvitationDetails>
{
    public async ValueTask<InvitationDetails> Handle(ReadInvitation query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var invitation = await InvitationTokens.FindUsableAsync(database, query.Token, clock.Today(), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("invitation");
        var organisationName = await database.Organisations
            .Where(o => o.Id == invitation.OrganisationId)
            .Select(o => o.Name)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return new InvitationDetails(organisationName, invitation.UserName, invitation.DisplayName, invitation.Roles, invitation.ExpiresOn);
    }
}
