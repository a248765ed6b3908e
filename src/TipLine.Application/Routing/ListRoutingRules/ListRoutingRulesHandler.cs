using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Routing.ListRoutingRules;

public sealed class ListRoutingRulesHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListRoutingRules, IReadOnlyList<RoutingRuleSummary>>
{
    public async ValueTask<IReadOnlyList<RoutingRuleSummary>> Handle(ListRoutingRules query, CancellationToken cancellationToken)
    {
        var organisationId = actor.RequireOrganisation();
        var rules = await database.RoutingRules.AsNoTracking()
            .Where(r => r.OwnerOrganisationId == organisationId)
            .Join(database.Organisations, r => r.TargetOrganisationId, o => o.Id, (r, o) => new RoutingRuleSummary(
                r.Id, r.TargetOrganisationId, o.Name, r.Country, r.TaxonGroup, r.Appendix, r.Platform, r.MinimumUrgency, r.CreatedOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rules
            .OrderBy(r => r.TargetOrganisationName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ThenBy(r => r.TaxonGroup, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
