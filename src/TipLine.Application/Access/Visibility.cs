using TipLine.Application.Abstractions;
using TipLine.Domain.Cases;
using TipLine.Domain.Tips;

namespace TipLine.Application.Access;

/// <summary>
/// The one place that says which cases and tips an organisation's staff may see. Every back-office query starts here,
/// so scoping by organisation is not something each handler can forget.
/// A case is visible to the organisation that owns it and to every organisation it is routed to. A tip is visible to
/// the organisation owning its channel and, once in a case, to the organisations that case is routed to.
/// Being visible is not being readable: reading needs the user's own tip-key wrap (see <see cref="TipKeys"/>).
/// </summary>
public static class Visibility
{
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, ITipLineDatabase database, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(database);
        return cases.Where(c => c.OrganisationId == organisationId
            || database.CaseRoutings.Any(r => r.CaseId == c.Id && r.OrganisationId == organisationId));
    }

    /// <summary>
    /// The same rule as <see cref="VisibleTo(IQueryable{Case}, ITipLineDatabase, Guid)"/>, written as two branches joined
    /// by UNION ALL (cases the organisation owns; cases routed to it) for lists over many cases: each branch can use its
    /// index, where one OR across the owner column and the routings table would make the database read every case.
    /// </summary>
    public static IQueryable<Case> CasesVisibleTo(this ITipLineDatabase database, Guid organisationId)
    {
        var (owned, routed) = database.CasesVisibleInParts(organisationId);
        return owned.Concat(routed);
    }

    /// <summary>
    /// The two disjoint parts of <see cref="CasesVisibleTo"/>, for a list that orders and limits each part on its own
    /// index before merging them (PostgreSQL sorts the whole of an ordered UNION ALL instead).
    /// </summary>
    public static (IQueryable<Case> Owned, IQueryable<Case> Routed) CasesVisibleInParts(this ITipLineDatabase database, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(database);
        var owned = database.Cases.Where(c => c.OrganisationId == organisationId);

        // A correlated EXISTS rather than an IN over the routings: SQLite can then walk cases newest first and stop after
        // a page, and counts by one covering-index probe a case rather than two key lookups a routed case; PostgreSQL
        // plans both as the same semi-join (bench/backoffice).
        var routed = database.Cases.Where(c => c.OrganisationId != organisationId
            && database.CaseRoutings.Any(r => r.CaseId == c.Id && r.OrganisationId == organisationId));
        return (owned, routed);
    }

    public static IQueryable<Tip> VisibleTo(this IQueryable<Tip> tips, ITipLineDatabase database, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(database);
        return tips.Where(t => t.Status != TipStatus.Destroyed
            && (database.Channels.Any(ch => ch.Id == t.ChannelId && ch.OrganisationId == organisationId)
                || (t.CaseId != null && database.CaseRoutings.Any(r => r.CaseId == t.CaseId && r.OrganisationId == organisationId))));
    }

    /// <summary>The actor's organisation; staff always have one, so its absence means the request is not from staff.</summary>
    public static Guid RequireOrganisation(this ICurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.OrganisationId ?? throw new Errors.UnauthenticatedException("back office");
    }

    public static Guid RequireUser(this ICurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.UserId ?? throw new Errors.UnauthenticatedException("back office");
    }
}
