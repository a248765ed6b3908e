using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Tips;

namespace TipLine.Application.Cases.ListCases;

/// <summary>
/// Three queries whatever the page: a COUNT and the page's rows over the visible cases (each branch of the
/// visibility union on its index: Cases(OrganisationId, Status, OpenedOn) and CaseRoutings(OrganisationId)), then the
/// tips of those at most 50 cases by Tips(CaseId) for their deadlines and counts.
/// </summary>
public sealed class ListCasesHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListCases, CaseListPage>
{
    public const int PageSize = 50;

    public async ValueTask<CaseListPage> Handle(ListCases query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var cases = Filter(database.CasesVisibleTo(organisationId), query);
        var total = await cases.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await cases
            .OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id,
                c.OrganisationId,
                c.Reference,
                c.Status,
                c.Taxon,
                c.CitesAppendix,
                c.Platform,
                c.Countries,
                c.Urgency,
                c.OpenedOn,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var caseIds = page.Select(c => (Guid?)c.Id).ToList();
        var tips = await database.Tips.VisibleTo(database, organisationId)
            .Where(t => caseIds.Contains(t.CaseId))
            .Select(t => new { CaseId = t.CaseId!.Value, t.ReceivedOn, t.AcknowledgedOn, t.FeedbackGivenOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var tipsByCase = tips.ToLookup(t => t.CaseId);

        var rows = page.Select(c => new CaseListRow(
                c.Id,
                c.Reference,
                c.Status,
                c.Taxon,
                c.CitesAppendix,
                c.Platform,
                CountryList.Split(c.Countries),
                c.Urgency,
                c.OpenedOn,
                tipsByCase[c.Id].Where(t => t.FeedbackGivenOn is null)
                    .Select(t => (DateOnly?)Tip.FeedbackDeadline(t.ReceivedOn, t.AcknowledgedOn))
                    .Min(),
                tipsByCase[c.Id].Count(),
                c.OrganisationId == organisationId))
            .ToList();
        return new CaseListPage(rows, query.Page, PageSize, total);
    }

    private IQueryable<Case> Filter(IQueryable<Case> cases, ListCases query)
    {
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Urgency is { } urgency)
        {
            cases = cases.Where(c => c.Urgency == urgency);
        }

        if (query.Appendix is { } appendix)
        {
            cases = cases.Where(c => c.CitesAppendix == appendix);
        }

        if (!string.IsNullOrEmpty(query.Country))
        {
            // Countries is a sorted, comma-separated list of codes: delimit both sides so "GA" never matches "GAB".
            var delimited = "," + query.Country.ToUpperInvariant() + ",";
            cases = cases.Where(c => ("," + c.Countries + ",").Contains(delimited));
        }

        if (query.AssignedToMe)
        {
            var userId = actor.RequireUser();
            cases = cases.Where(c => c.AssignedToUserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(query.Reference))
        {
            var text = query.Reference.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.Reference.Contains(text));
        }

        return cases;
    }
}
