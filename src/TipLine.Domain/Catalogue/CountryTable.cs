namespace TipLine.Domain.Catalogue;

/// <summary>Parses the country table (countries.tsv); public so a replacement table can be checked before it is shipped.</summary>
public static class CountryTable
{
    public const string ResourceName = "TipLine.Domain.Catalogue.countries.tsv";

    private static readonly string[] Columns = ["code", "english", "french", "spanish"];

    /// <exception cref="FormatException">A line is malformed, a code is not two capital letters or a code repeats.</exception>
    public static IReadOnlyList<CountryName> Parse(TextReader reader)
    {
        var countries = new List<CountryName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, Columns, optionalTrailingColumns: 0))
        {
            var fields = row.Fields;
            var code = fields[0];
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                throw row.Error($"'{code}' is not an ISO 3166-1 alpha-2 code (two capital letters).");
            }

            if (!seen.Add(code))
            {
                throw row.Error($"'{code}' appears twice.");
            }

            countries.Add(new CountryName(
                code,
                new LocalisedNames(
                    Required(row, fields[1], "English"),
                    Required(row, fields[2], "French"),
                    Required(row, fields[3], "Spanish"))));
        }

        return countries.AsReadOnly();
    }

    private static string Required(TsvRow row, string value, string language) =>
        value.Length > 0 ? value : throw row.Error($"the {language} name is empty.");
}
