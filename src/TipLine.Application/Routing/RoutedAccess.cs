using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;

namespace TipLine.Application.Routing;

/// <summary>
/// Gives the organisations a case is routed to the keys of its tips: each tip key, opened with the actor's own wrap,
/// is wrapped for every case worker of each organisation, recorded as granted through that organisation so that
/// withdrawing the routing deletes exactly those wraps.
/// </summary>
internal static class RoutedAccess
{
    public const string TipsNotReadable = "case.tips.notReadable";

    public static async Task GrantAsync(
        ITipLineDatabase database,
        TipKeys tipKeys,
        IReadOnlyCollection<Guid> tipIds,
        IReadOnlyCollection<Guid> organisationIds,
        string useCase,
        CancellationToken cancellationToken)
    {
        if (tipIds.Count == 0 || organisationIds.Count == 0)
        {
            return;
        }

        var members = await database.EnabledWithAnyRoleAsync(organisationIds, CaseWorkflow.CaseWorkerRoles, cancellationToken).ConfigureAwait(false);
        var opened = await tipKeys.OpenReadableAsync(tipIds, cancellationToken).ConfigureAwait(false);
        try
        {
            // Routing a case whose tips the router cannot open would hand over a case nobody there can read.
            if (opened.Count != tipIds.Distinct().Count())
            {
                throw CaseWorkflow.Refusal(useCase, "Tips", TipsNotReadable);
            }

            foreach (var (tipId, tipKey) in opened)
            {
                foreach (var organisationId in organisationIds)
                {
                    var organisationMembers = members.Where(m => m.OrganisationId == organisationId).ToList();
                    await tipKeys.GrantAsync(tipId, tipKey, organisationMembers, organisationId, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            foreach (var tipKey in opened.Values)
            {
                tipKey.Dispose();
            }
        }
    }
}
