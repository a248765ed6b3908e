namespace TipLine.Domain.Catalogue;

/// <summary>
/// Reads the catalogue tables: '#' comment lines, then a header line naming the columns, then one row per line
/// with tab-separated fields. Stray whitespace is refused rather than trimmed, so a name never differs from the
/// file by an invisible character.
/// </summary>
internal static class TsvTable
{
    /// <param name="columns">The expected header, in order.</param>
    /// <param name="optionalTrailingColumns">
    /// How many last columns a row may leave out (read as empty); editors strip trailing tabs.
    /// </param>
    public static IEnumerable<TsvRow> Read(TextReader reader, IReadOnlyList<string> columns, int optionalTrailingColumns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    throw new FormatException(
                        $"Line {lineNumber}: expected the header '{string.Join("\\t", columns)}'.");
                }

                headerSeen = true;
                continue;
            }

            yield return ToRow(lineNumber, fields, columns.Count, optionalTrailingColumns);
        }

        if (!headerSeen)
        {
            throw new FormatException("The table has no header line.");
        }
    }

    private static TsvRow ToRow(int lineNumber, string[] fields, int columnCount, int optionalTrailingColumns)
    {
        if (fields.Length > columnCount || fields.Length < columnCount - optionalTrailingColumns)
        {
            throw new FormatException($"Line {lineNumber}: expected {columnCount} tab-separated columns, found {fields.Length}.");
        }

        foreach (var field in fields)
        {
            if (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            {
                throw new FormatException($"Line {lineNumber}: the field '{field}' starts or ends with whitespace.");
            }
        }

        var padded = new string[columnCount];
        Array.Fill(padded, string.Empty);
        fields.CopyTo(padded, 0);
        return new TsvRow(lineNumber, Array.AsReadOnly(padded));
    }
}
