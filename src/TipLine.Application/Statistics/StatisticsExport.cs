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

    private static readonly char[] FieldsNeedingQuotes = [',', '"', '\r', '\n'];

    /// <summary>Header "dimension,key,period,count"; one row per non-zero cell; count is a number, "&lt;5" or "5+"; CRLF line ends.</summary>
    public static string ToCsv(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder("dimension,key,period,count\r\n");
        foreach (var cell in report.Dimensions.SelectMany(d => d.Cells))
        {
            csv.Append(Field(cell.Dimension)).Append(',')
                .Append(Field(cell.Key)).Append(',')
                .Append(Field(cell.Period)).Append(',')
                .Append(Field(cell.Display)).Append("\r\n");
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

    // Keys such as platform names are typed by staff; a leading =, +, - or @ would run as a formula in a spreadsheet,
    // so such a field gets a leading apostrophe (OWASP "CSV injection").
    private static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny(FieldsNeedingQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
