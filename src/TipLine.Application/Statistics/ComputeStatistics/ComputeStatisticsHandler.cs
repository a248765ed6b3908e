using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Time;

namespace TipLine.Application.Statistics.ComputeStatistics;

public sealed class ComputeStatisticsHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ComputeStatistics, StatisticsReport>
{
    public async ValueTask<StatisticsReport> Handle(ComputeStatistics query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var (from, to) = StatisticsPeriod.Resolve(query, clock.Today());

        // Whole years are counted whatever the period asked for: suppression must not depend on the request's edges.
        var firstDay = new DateOnly(from.Year, 1, 1);
        var lastDay = new DateOnly(to.Year, 12, 31);
        var slugs = await database.Channels.AsNoTracking()
            .ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken)
            .ConfigureAwait(false);
        var cases = await database.Cases.VisibleTo(database, organisationId)
            .AsNoTracking()
            .Where(c => c.OpenedOn >= firstDay && c.OpenedOn <= lastDay)
            .Select(c => new { c.OpenedOn, c.ChannelId, c.Status, c.Outcome, c.Platform, c.Taxon, c.CitesAppendix, c.Countries, c.ShipmentMethod })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var facts = cases.Select(c => new StatisticsDimensions.CaseFacts(
            c.OpenedOn,
            c.ChannelId is { } channelId ? slugs[channelId] : null,
            c.Status,
            c.Outcome,
            c.Platform,
            c.Taxon,
            c.CitesAppendix,
            c.Countries,
            c.ShipmentMethod));
        return StatisticsTable.Count(facts).Publish(from, to, query.Grouping);
    }
}
