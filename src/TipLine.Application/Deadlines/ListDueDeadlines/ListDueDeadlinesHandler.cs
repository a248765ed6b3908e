using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Paging;
using TipLine.Domain.Time;

namespace TipLine.Application.Deadlines.ListDueDeadlines;

public sealed class ListDueDeadlinesHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListDueDeadlines, DueDeadlines>
{
    public async ValueTask<DueDeadlines> Handle(ListDueDeadlines query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var today = clock.Today();
        var due = await OpenDeadlines.DueByAsync(
            database.Tips.VisibleTo(database, organisationId), today.AddDays(ListDueDeadlines.HorizonDays), cancellationToken).ConfigureAwait(false);
        var page = due
            .Skip(PageNumbers.Skip(query.PageNumber, ListDueDeadlines.PageSize))
            .Take(ListDueDeadlines.PageSize)
            .ToList();

        // A tip can be visible through its channel while its case is not (routed elsewhere): then no reference is shown.
        var caseIds = page.Where(d => d.CaseId is not null).Select(d => d.CaseId!.Value).Distinct().ToList();
        var references = await database.Cases.VisibleTo(database, organisationId)
            .Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference })
            .ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken)
            .ConfigureAwait(false);

        var rows = page
            .Select(d => new DueDeadline(
                d.TipId,
                d.ReceivedOn,
                d.CaseId is { } caseId && references.ContainsKey(caseId) ? caseId : null,
                d.CaseId is { } id && references.TryGetValue(id, out var reference) ? reference : null,
                d.Kind,
                d.DueOn,
                d.IsOverdueOn(today)))
            .ToList();
        return new DueDeadlines(today, new PagedList<DueDeadline>(rows, PageNumbers.Normalise(query.PageNumber), ListDueDeadlines.PageSize, due.Count));
    }
}
