using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Rewards.Reports.ListReportProgrammes;

public sealed class ListReportProgrammesHandler(ITipLineDatabase database, ICurrentActor actor)
    : IQueryHandler<ListReportProgrammes, IReadOnlyList<ReportProgramme>>
{
    public async ValueTask<IReadOnlyList<ReportProgramme>> Handle(ListReportProgrammes query, CancellationToken cancellationToken) =>
        await database.ProgrammesRunBy(actor.RequireOrganisation()).AsNoTracking()
            .OrderBy(p => p.Name)
            .ThenBy(p => p.Id)
            .Select(p => new ReportProgramme(p.Id, p.Name, p.Currency, p.IsActive))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
}
