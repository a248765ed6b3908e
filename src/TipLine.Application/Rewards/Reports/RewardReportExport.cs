using System.Text;
using TipLine.Application.Statistics;

namespace TipLine.Application.Rewards.Reports;

/// <summary>
/// The CSV (RFC 4180) rendering of a suppressed <see cref="RewardReport"/>: it reads the same figures as the page, so
/// the two cannot disagree, and cannot show what the report withholds.
/// </summary>
public static class RewardReportExport
{
    public const string CsvContentType = StatisticsExport.CsvContentType;

    /// <summary>
    /// Header "programme,period,section,key,currency,value"; counts have no currency and show a number, "&lt;5" or
    /// "5+"; money shows the amount or "withheld"; CRLF line ends.
    /// </summary>
    public static string ToCsv(RewardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) ?? "all";
        var csv = new StringBuilder("programme,period,section,key,currency,value\r\n");
        foreach (var count in report.Counts)
        {
            Row(csv, report.ProgrammeName, period, count.Section, count.Key, string.Empty, count.Display);
        }

        foreach (var money in report.Money)
        {
            Row(csv, report.ProgrammeName, period, "money", money.Measure, money.Currency, money.Display);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] fields) =>
        csv.AppendJoin(',', fields.Select(CsvField.Of)).Append("\r\n");
}
