using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Rewards.Programmes.ListRewardProgrammes;

public sealed class ListRewardProgrammesHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListRewardProgrammes, IReadOnlyList<RewardProgrammeSummary>>
{
    public async ValueTask<IReadOnlyList<RewardProgrammeSummary>> Handle(ListRewardProgrammes query, CancellationToken cancellationToken)
    {
        var programmes = await database.ProgrammesRunBy(actor.RequireOrganisation()).AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return programmes
            .OrderByDescending(p => p.IsActive).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(RewardProgrammeSummary.Of)
            .ToList();
    }
}
