using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Tips;

namespace TipLine.Application.Cases.ListCases;

/// <summary>
/// Four queries whatever the page: a COUNT of each part of the visible cases (owned; routed to the organisation), the
/// page's rows, then the tips of those at most 50 cases by Tips(CaseId) for their deadlines and counts. The page is
/// taken from the newest cases of each part, each ordered and limited on its own, so that each can be read in order
/// from an index and stop after a page; ordering the union as a whole makes PostgreSQL read and sort every visible case
/// for every page. A part with nothing to list is left out of the page query, so the database never walks it: SQLite
/// would otherwise walk every case looking for routed ones on behalf of an organisation that has none (bench/backoffice).
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
        var ownedTotal = await owned.CountAsync(cancellationToken).ConfigureAwait(false);
        var routedTotal = await routed.CountAsync(cancellationToken).ConfigureAwait(false);

        // The newest (page × size) of each part hold the newest (page × size) of both.
        var window = (int)Math.Min((long)query.Page * PageSize, int.MaxValue);
        var candidates = (ownedTotal > 0, routedTotal > 0) switch
        {
            (true, true) => Newest(owned).Take(window).Concat(Newest(routed).Take(window)),
            (true, false) => owned,
            (false, true) => routed,
            (false, false) => owned.Take(0),
        };
        var page = await Newest(candidates)
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
        return new CaseListPage(rows, query.Page, PageSize, ownedTotal + routedTotal);
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
