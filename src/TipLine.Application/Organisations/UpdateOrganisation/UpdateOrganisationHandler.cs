using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;

namespace TipLine.Application.Organisations.UpdateOrganisation;

public sealed class UpdateOrganisationHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<UpdateOrganisation, Unit>
{
    public async ValueTask<Unit> Handle(UpdateOrganisation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisation = await database.Organisations
            .SingleOrDefaultAsync(o => o.Id == command.OrganisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("organisation");
        var escrow = OrganisationRules.NormaliseEscrow(command.EscrowRecipient);
        if (!string.Equals(escrow, organisation.EscrowRecipient, StringComparison.Ordinal))
        {
            if (organisation.Id != actor.RequireOrganisation())
            {
                throw new ForbiddenException(nameof(UpdateOrganisation), "Only the organisation's own administrators may change its escrow key.");
            }

            organisation.SetEscrowRecipient(escrow);
        }

        organisation.Rename(command.Name);
        organisation.ChangeType(command.Type);
        organisation.SetJurisdictions(command.Jurisdictions);
        return Unit.Value;
    }
}
