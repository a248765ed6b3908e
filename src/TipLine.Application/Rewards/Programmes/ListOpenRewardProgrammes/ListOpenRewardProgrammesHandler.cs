using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Organisations;

namespace TipLine.Application.Rewards.Programmes.ListOpenRewardProgrammes;

public sealed class ListOpenRewardProgrammesHandler(ITipLineDatabase database) : IQueryHandler<ListOpenRewardProgrammes, IReadOnlyList<OpenRewardProgramme>>
{
    public async ValueTask<IReadOnlyList<OpenRewardProgramme>> Handle(ListOpenRewardProgrammes query, CancellationToken cancellationToken)
    {
        var programmes = await (
                from p in database.RewardProgrammes
                join o in database.Organisations on p.OrganisationId equals o.Id
                where p.IsActive && o.Type != OrganisationType.OnlinePlatform
                select new OpenRewardProgramme(p.Id, p.Name, p.Jurisdiction, o.Name, p.Currency))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return programmes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.OrganisationName, StringComparer.CurrentCulture).ToList();
    }
}
