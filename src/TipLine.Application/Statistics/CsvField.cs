namespace TipLine.Application.Statistics;

/// <summary>One RFC 4180 field of an export (statistics, reward reports), safe to open in a spreadsheet.</summary>
public static class CsvField
{
    private static readonly char[] FieldsNeedingQuotes = [',', '"', '\r', '\n'];

    // Keys such as platform or programme names are typed by staff; a leading =, +, - or @ would run as a formula in a
    // spreadsheet, so such a field gets a leading apostrophe (OWASP "CSV injection").
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny(FieldsNeedingQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
