using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Routing.SuggestRouting;
using TipLine.Domain.Cases;

namespace TipLine.Application.Routing;

/// <summary>Applies the owning organisation's routing rules to a case (read by SuggestRouting and the case page).</summary>
internal static class RoutingSuggestions
{
    /// <summary>Organisations the rules suggest, except the owner and those the case is already routed to, by name.</summary>
    public static async Task<IReadOnlyList<RoutingSuggestion>> ForCaseAsync(ITipLineDatabase database, Case @case, CancellationToken cancellationToken)
    {
        var rules = await database.RoutingRules.AsNoTracking()
            .Where(r => r.OwnerOrganisationId == @case.OrganisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rules.Count == 0)
        {
            return [];
        }

        var routed = await database.CaseRoutings
            .Where(r => r.CaseId == @case.Id)
            .Select(r => r.OrganisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var targetIds = rules.Select(r => r.TargetOrganisationId)
            .Where(id => id != @case.OrganisationId && !routed.Contains(id))
            .Distinct()
            .ToList();
        var targets = await database.Organisations.AsNoTracking()
            .Where(o => targetIds.Contains(o.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return targets
            .Select(target => new RoutingSuggestion(
                target.Id,
                target.Name,
                target.Type,
                rules.Where(r => r.TargetOrganisationId == target.Id)
                    .Select(r => r.Match(@case, target.JurisdictionCodes))
                    .OfType<IReadOnlyList<Domain.Routing.RoutingReason>>()
                    .SelectMany(reasons => reasons)
                    .Distinct()
                    .ToList()))
            .Where(s => s.Reasons.Count > 0)
            .OrderBy(s => s.OrganisationName, StringComparer.CurrentCulture)
            .ToList();
    }
}
