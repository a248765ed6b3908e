namespace TipLine.Application.Statistics.ComputeStatistics;

/// <summary>The period a request really covers: whole months or whole years, the current year when none is given.</summary>
public static class StatisticsPeriod
{
    public static (DateOnly From, DateOnly To) Resolve(ComputeStatistics request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.From ?? new DateOnly((request.To ?? today).Year, 1, 1);
        var to = request.To ?? new DateOnly((request.From ?? today).Year, 12, 31);
        return request.Grouping == StatisticsGrouping.Month
            ? (new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, DateTime.DaysInMonth(to.Year, to.Month)))
            : (new DateOnly(from.Year, 1, 1), new DateOnly(to.Year, 12, 31));
    }

    /// <summary>The period labels, "yyyy-MM" or "yyyy", in order.</summary>
    public static IReadOnlyList<string> Labels(DateOnly from, DateOnly to, StatisticsGrouping grouping)
    {
        var labels = new List<string>();
        if (grouping == StatisticsGrouping.Month)
        {
            for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            {
                labels.Add(Label(month.Year, month.Month));
            }
        }
        else
        {
            for (var year = from.Year; year <= to.Year; year++)
            {
                labels.Add(Label(year, month: 0));
            }
        }

        return labels;
    }

    /// <summary>"yyyy" for a whole year (month 0), "yyyy-MM" for a month.</summary>
    public static string Label(int year, int month) => month == 0
        ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        : $"{year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}-{month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)}";
}
