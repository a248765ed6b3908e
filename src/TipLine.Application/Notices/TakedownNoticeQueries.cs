using TipLine.Application.Abstractions;
using TipLine.Domain.Cases;

namespace TipLine.Application.Notices;

/// <summary>Which takedown notices an organisation may see: those addressed to it (the platform) and those it issued.</summary>
internal static class TakedownNoticeQueries
{
    public static IQueryable<TakedownNotice> AddressedTo(this ITipLineDatabase database, Guid organisationId) =>
        database.TakedownNotices.Where(n => n.PlatformOrganisationId == organisationId);

    public static IQueryable<TakedownNotice> AddressedToOrIssuedBy(this ITipLineDatabase database, Guid organisationId) =>
        database.TakedownNotices.Where(n => n.PlatformOrganisationId == organisationId
            || database.Cases.Any(c => c.Id == n.CaseId && c.OrganisationId == organisationId));

    /// <summary>The name of the organisation that issued each notice (the owner of its case), never the case itself.</summary>
    public static IQueryable<TakedownNoticeSummary> Summaries(this IQueryable<TakedownNotice> notices, ITipLineDatabase database) =>
        from n in notices
        join c in database.Cases on n.CaseId equals c.Id
        join issuer in database.Organisations on c.OrganisationId equals issuer.Id
        join platform in database.Organisations on n.PlatformOrganisationId equals platform.Id
        select new TakedownNoticeSummary
        {
            Id = n.Id,
            IssuingOrganisationName = issuer.Name,
            PlatformName = platform.Name,
            IssuedOn = n.IssuedOn,
            ActedOnOn = n.ActedOnOn,
        };
}
