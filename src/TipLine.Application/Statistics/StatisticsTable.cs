using TipLine.Application.Statistics.ComputeStatistics;

namespace TipLine.Application.Statistics;

/// <summary>
/// Counts cases per dimension, key, year and month, decides suppression over all of them at once (so a month and its
/// year, or a year and its months, are never shown in ways that can be subtracted), and publishes the requested periods.
/// </summary>
internal sealed class StatisticsTable
{
    // Month 0 is the whole year.
    private readonly Dictionary<(string Dimension, string Key, int Year, int Month), long> counts = [];
    private readonly Dictionary<(string Dimension, string Key, int Year, int Month), int> items = [];
    private IReadOnlyList<CellSuppression> suppression = [];

    public static StatisticsTable Count(IEnumerable<StatisticsDimensions.CaseFacts> cases)
    {
        var table = new StatisticsTable();
        foreach (var facts in cases)
        {
            foreach (var dimension in StatisticsDimensions.All)
            {
                foreach (var key in dimension.KeysOf(facts))
                {
                    table.Increment((dimension.Name, key, facts.OpenedOn.Year, facts.OpenedOn.Month));
                    table.Increment((dimension.Name, key, facts.OpenedOn.Year, 0));
                }
            }
        }

        table.Suppress();
        return table;
    }

    public StatisticsReport Publish(DateOnly from, DateOnly to, StatisticsGrouping grouping)
    {
        var periods = StatisticsPeriod.Labels(from, to, grouping);
        var wanted = periods.ToHashSet(StringComparer.Ordinal);
        var dimensions = new List<StatisticsDimension>();
        foreach (var dimension in StatisticsDimensions.All)
        {
            var cells = items
                .Where(entry => entry.Key.Dimension == dimension.Name)
                .Where(entry => (grouping == StatisticsGrouping.Year) == (entry.Key.Month == 0))
                .Select(entry => (entry.Key, Item: entry.Value, Period: StatisticsPeriod.Label(entry.Key.Year, entry.Key.Month)))
                .Where(entry => wanted.Contains(entry.Period))
                .Select(entry => Cell(entry.Key, entry.Period, entry.Item))
                .ToList();
            var keys = dimension.Order(cells.Select(c => c.Key).Distinct(StringComparer.Ordinal)).ToList();
            var position = keys.Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index, StringComparer.Ordinal);
            var ordered = cells
                .OrderBy(c => position[c.Key])
                .ThenBy(c => c.Period, StringComparer.Ordinal)
                .ToList();
            dimensions.Add(new StatisticsDimension(dimension.Name, keys, ordered));
        }

        return new StatisticsReport(from, to, grouping, periods, dimensions);
    }

    private StatisticsCell Cell((string Dimension, string Key, int Year, int Month) key, string period, int item)
    {
        var withheld = suppression[item];
        int? published = withheld == CellSuppression.None ? checked((int)counts[key]) : null;
        return new StatisticsCell(key.Dimension, key.Key, period, published, withheld);
    }

    private void Increment((string, string, int, int) key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private void Suppress()
    {
        var cells = new SmallCells();
        foreach (var (key, count) in counts)
        {
            items[key] = cells.Add(count);
        }

        // Months add up to their year, key by key.
        var months = items.Where(e => e.Key.Month != 0).ToLookup(e => (e.Key.Dimension, e.Key.Key, e.Key.Year), e => e.Value);
        foreach (var (year, yearItem) in items.Where(e => e.Key.Month == 0))
        {
            cells.Relate(months[(year.Dimension, year.Key, year.Year)].Select(item => (item, 1)).Append((yearItem, -1)));
        }

        var columns = items.ToLookup(e => (e.Key.Dimension, e.Key.Year, e.Key.Month), e => e.Value);
        foreach (var (year, month) in items.Keys.Select(k => (k.Year, k.Month)).Distinct())
        {
            // The keys of a partitioning dimension add up to the period's total, itself a published (or withheld) cell.
            var total = items[(StatisticsDimensions.Total, StatisticsDimensions.AllKey, year, month)];
            foreach (var dimension in StatisticsDimensions.All.Where(d => d.PartitionsCases))
            {
                cells.Relate(columns[(dimension.Name, year, month)].Select(item => (item, 1)).Append((total, -1)));
            }

            // Outcomes add up to the closed cases of the status dimension.
            var outcomes = columns[(StatisticsDimensions.Outcome, year, month)].Select(item => (item, 1));
            var closed = (StatisticsDimensions.Status, nameof(Domain.Cases.CaseStatus.Closed), year, month);
            cells.Relate(items.TryGetValue(closed, out var closedItem) ? outcomes.Append((closedItem, -1)) : outcomes);
        }

        suppression = cells.Solve();
    }
}
