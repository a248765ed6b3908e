using TipLine.Application.Statistics.ComputeStatistics;

namespace TipLine.Application.Statistics;

/// <summary>
/// Suppressed statistics: the only form counts leave the application in. <see cref="Periods"/> are "yyyy" or
/// "yyyy-MM"; a (dimension, key, period) without a cell is zero.
/// </summary>
public sealed record StatisticsReport(
    DateOnly From,
    DateOnly To,
    StatisticsGrouping Grouping,
    IReadOnlyList<string> Periods,
    IReadOnlyList<StatisticsDimension> Dimensions);

/// <summary>One dimension: its keys in display order (never ordered by a withheld count) and its non-zero cells.</summary>
public sealed record StatisticsDimension(string Name, IReadOnlyList<string> Keys, IReadOnlyList<StatisticsCell> Cells)
{
    public StatisticsCell? Find(string key, string period) =>
        Cells.FirstOrDefault(c => c.Key == key && c.Period == period);
}

/// <summary>A count, or a marker when it is withheld: <see cref="Count"/> is null exactly when <see cref="Suppression"/> is not None.</summary>
public sealed record StatisticsCell(string Dimension, string Key, string Period, int? Count, CellSuppression Suppression)
{
    public const string BelowThresholdMarker = SuppressedCount.BelowThresholdMarker;

    public const string ComplementaryMarker = SuppressedCount.ComplementaryMarker;

    /// <summary>The text every page and export shows: the count, "&lt;5" or "5+".</summary>
    public string Display => SuppressedCount.Display(Count, Suppression);
}
