using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Tips;

namespace TipLine.Application.Cases.ListCases;

/// <summary>
/// Three queries whatever the page: a COUNT and the page's rows over the visible cases, then the tips of those at most
/// 50 cases by Tips(CaseId) for their deadlines and counts. The page is taken from the newest cases of each part of the
/// visibility union (owned; routed through CaseRoutings(OrganisationId)), each ordered and limited on its own, so that
/// an index by owner and opening day can serve the owned part; ordering the union as a whole makes PostgreSQL read and
/// sort every visible case for every page (bench/backoffice).
/// </summary>
public sealed class ListCasesHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListCases, CaseListPage>
{
    public const int PageSize = 50;

    public async ValueTask<CaseListPage> Handle(ListCases query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var (ownedCases, routedCases) = database.CasesVisibleInParts(organisationId);
        var owned = Filter(ownedCases, query);
        var routed = Filter(routedCases, query);
        var total = await owned.Concat(routed).CountAsync(cancellationToken).ConfigureAwait(false);

        // The newest (page × size) of each part hold the newest (page × size) of both.
        var window = (int)Math.Min((long)query.Page * PageSize, int.MaxValue);
        var page = await Newest(Newest(owned).Take(window).Concat(Newest(routed).Take(window)))
            .Skip(window - PageSize).Take(PageSize)
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

    private static IQueryable<Case> Newest(IQueryable<Case> cases) => cases.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id);

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
