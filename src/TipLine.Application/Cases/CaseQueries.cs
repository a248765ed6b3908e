using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Domain.Tips;

namespace TipLine.Application.Cases;

/// <summary>Lookups every case use case starts with, all through <see cref="Visibility"/>.</summary>
public static class CaseQueries
{
    public const string TipAlreadyInCase = "case.tips.alreadyInCase";
    public const string TipOfAnotherOrganisation = "case.tips.otherOrganisation";

    /// <summary>The case (tracked), or "not found" when it does not exist or the organisation may not see it.</summary>
    public static async Task<Case> FindVisibleCaseAsync(this ITipLineDatabase database, Guid caseId, Guid organisationId, CancellationToken cancellationToken) =>
        await database.Cases.VisibleTo(database, organisationId)
            .SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException("case");

    /// <summary>Finds the case and refuses unless the actor may take <paramref name="action"/> on it now.</summary>
    public static async Task<Case> FindCaseForAsync(
        this ITipLineDatabase database, ICurrentActor actor, CaseAction action, Guid caseId, string useCase, CancellationToken cancellationToken)
    {
        var organisationId = actor.RequireOrganisation();
        var @case = await database.FindVisibleCaseAsync(caseId, organisationId, cancellationToken).ConfigureAwait(false);
        CaseWorkflow.Demand(useCase, action, @case, organisationId, actor.Roles);
        return @case;
    }

    /// <summary>The ids of the case's tips the organisation can see (for the owner and routed organisations: all of them).</summary>
    public static Task<List<Guid>> TipIdsOfCaseAsync(this ITipLineDatabase database, Guid caseId, Guid organisationId, CancellationToken cancellationToken) =>
        database.Tips.VisibleTo(database, organisationId)
            .Where(t => t.CaseId == caseId)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Refuses tips that cannot join a case of <paramref name="organisationId"/>: tips already in a case, and tips
    /// of another organisation's channels (an organisation sees those only through a routed case, so the first
    /// check catches them; the second keeps that true if visibility ever widens).
    /// </summary>
    public static async Task EnsureFreeTipsOfOwnChannelsAsync(
        this ITipLineDatabase database, IReadOnlyCollection<Tip> tips, Guid organisationId, string useCase, string field, CancellationToken cancellationToken)
    {
        if (tips.Any(t => t.CaseId is not null))
        {
            throw CaseWorkflow.Refusal(useCase, field, TipAlreadyInCase);
        }

        var channelIds = tips.Select(t => t.ChannelId).Distinct().ToList();
        var ownChannels = await database.Channels
            .CountAsync(ch => channelIds.Contains(ch.Id) && ch.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        if (ownChannels != channelIds.Count)
        {
            throw CaseWorkflow.Refusal(useCase, field, TipOfAnotherOrganisation);
        }
    }
}
