using TipLine.Application.Statistics;

namespace TipLine.Web.Office.Oversight;

/// <summary>
/// The geometry of one dimension's horizontal bar chart, drawn as inline SVG by the statistics page (no script, no
/// third-party code). Whole pixels only, so no number in the markup depends on the page's culture. A withheld cell
/// gets no bar, only its marker: its length would give its count away.
/// </summary>
public sealed record BarChart(string Id, string Title, int Height, IReadOnlyList<BarChartRow> Rows)
{
    public const int Width = 640;
    public const int LabelWidth = 260;
    public const int BarArea = 300;
    public const int RowHeight = 24;
    public const int BarHeight = 16;
    private const int LongestLabel = 34;

    public static BarChart For(StatisticsDimension dimension, string title, IReadOnlyList<string> periods, Func<string, string> keyLabel, Func<string, string, string, string> barTitle)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(keyLabel);
        ArgumentNullException.ThrowIfNull(barTitle);
        var largest = Math.Max(1, dimension.Cells.Max(c => c.Count) ?? 1);
        var rows = dimension.Cells
            .Select((cell, index) =>
            {
                var label = periods.Count > 1 ? $"{keyLabel(cell.Key)} · {cell.Period}" : keyLabel(cell.Key);
                var length = cell.Count is { } count ? Math.Max(1, (int)Math.Round((double)count / largest * BarArea)) : 0;
                return new BarChartRow(
                    Shorten(label), cell.Display, barTitle(keyLabel(cell.Key), cell.Period, cell.Display), index * RowHeight, length, cell.Count is null);
            })
            .ToList();
        return new BarChart("chart-" + dimension.Name, title, (rows.Count * RowHeight) + 8, rows);
    }

    private static string Shorten(string label) => label.Length <= LongestLabel ? label : label[..(LongestLabel - 1)] + "…";
}

/// <summary>One bar: <see cref="Y"/> is its row's top, <see cref="BarLength"/> 0 for a withheld cell.</summary>
public sealed record BarChartRow(string Label, string Display, string Title, int Y, int BarLength, bool Withheld)
{
    public int TextBaseline => Y + BarChart.BarHeight;

    public int BarTop => Y + 4;

    public int ValueX => BarChart.LabelWidth + BarLength + 6;
}
