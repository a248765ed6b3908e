using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Organisations.ListOrganisations;

public sealed class ListOrganisationsHandler(ITipLineDatabase database) : IQueryHandler<ListOrganisations, IReadOnlyList<OrganisationSummary>>
{
    public async ValueTask<IReadOnlyList<OrganisationSummary>> Handle(ListOrganisations query, CancellationToken cancellationToken)
    {
        var organisations = await database.Organisations
            .AsNoTracking()
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return organisations
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Type, o.JurisdictionCodes, o.CreatedOn, o.EscrowRecipient))
            .ToList();
    }
}
