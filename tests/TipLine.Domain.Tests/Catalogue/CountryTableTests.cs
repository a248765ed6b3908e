using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class CountryTableTests
{
    private const string Header = "code\tenglish\tfrench\tspanish";

    private static IReadOnlyList<CountryName> Parse(params string[] lines) =>
        CountryTable.Parse(new StringReader(string.Join('\n', lines)));

    [Fact]
    public void A_row_becomes_a_code_with_three_names()
    {
        var countries = Parse("# comment", Header, "GA\tGabon\tGabon\tGabón");

        Assert.Equal([new CountryName("GA", new LocalisedNames("Gabon", "Gabon", "Gabón"))], countries);
    }

    [Theory]
    [InlineData("ga\tGabon\tGabon\tGabón")]
    [InlineData("GAB\tGabon\tGabon\tGabón")]
    [InlineData("G1\tGabon\tGabon\tGabón")]
    [InlineData("GA\tGabon\tGabon")]
    [InlineData("GA\tGabon\t\tGabón")]
    public void A_malformed_code_or_a_missing_name_is_refused(string row)
    {
        var error = Assert.Throws<FormatException>(() => Parse(Header, row));

        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_code_is_refused()
    {
        Assert.Throws<FormatException>(() => Parse(Header, "GA\tGabon\tGabon\tGabón", "GA\tGabon\tGabon\tGabón"));
    }
}
