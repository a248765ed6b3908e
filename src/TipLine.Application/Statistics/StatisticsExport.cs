using System.Globalization;
using System.Text;
using System.Text.Json;
using TipLine.Application.Statistics.ComputeStatistics;

namespace TipLine.Application.Statistics;

/// <summary>
/// CSV (RFC 4180) and JSON renderings of a suppressed report, for CITES annual and national reports. Both read the
/// same cells, so they cannot disagree, and neither can show more than the report holds: a withheld cell's count does
/// not exist past the handler.
/// </summary>
public static class StatisticsExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Header "dimension,key,period,count"; one row per non-zero cell; count is a number, "&lt;5" or "5+"; CRLF line ends.</summary>
    public static string ToCsv(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder("dimension,key,period,count\r\n");
        foreach (var cell in report.Dimensions.SelectMany(d => d.Cells))
        {
            csv.Append(CsvField.Of(cell.Dimension)).Append(',')
                .Append(CsvField.Of(cell.Key)).Append(',')
                .Append(CsvField.Of(cell.Period)).Append(',')
                .Append(CsvField.Of(cell.Display)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The same rows as JSON; a withheld cell has "count": null and "suppressed": "&lt;5" or "5+".</summary>
    public static byte[] ToJson(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("from", report.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("to", report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("grouping", report.Grouping == StatisticsGrouping.Month ? "month" : "year");
            json.WriteNumber("suppressionThreshold", SmallCells.Threshold);
            json.WriteStartArray("cells");
            foreach (var cell in report.Dimensions.SelectMany(d => d.Cells))
            {
                json.WriteStartObject();
                json.WriteString("dimension", cell.Dimension);
                json.WriteString("key", cell.Key);
                json.WriteString("period", cell.Period);
                if (cell.Count is { } count)
                {
                    json.WriteNumber("count", count);
                }
                else
                {
                    json.WriteNull("count");
                    json.WriteString("suppressed", cell.Display);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
