using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class SpeciesTableTests
{
    private const string Header = "scientific_name\trank\tcites_appendix\tenglish\tfrench\tspanish\tnotes";

    private static IReadOnlyList<CatalogueTaxon> Parse(params string[] lines) =>
        SpeciesTable.Parse(new StringReader(string.Join('\n', lines)));

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_a_missing_notes_column_reads_as_empty()
    {
        var taxa = Parse(
            "# a comment",
            Header,
            string.Empty,
            "Testudo graeca\tspecies\tII\tSpur-thighed tortoise\tTortue grecque\tTortuga mora",
            "# another comment",
            "Ara\tgenus\t\tMacaws\tAras\tGuacamayos\tsplit listing: some in I");

        Assert.Equal(2, taxa.Count);
        Assert.Equal(
            new CatalogueTaxon("Testudo graeca", TaxonRank.Species, CitesAppendix.II, new LocalisedNames("Spur-thighed tortoise", "Tortue grecque", "Tortuga mora"), string.Empty),
            taxa[0]);
        Assert.Null(taxa[1].CitesAppendix);
        Assert.Equal(TaxonRank.Genus, taxa[1].Rank);
        Assert.Equal("split listing: some in I", taxa[1].Notes);
    }

    [Theory]
    [InlineData("IV")]
    [InlineData("1")]
    [InlineData("NotListed")]
    [InlineData("ii")]
    public void An_appendix_other_than_I_II_III_or_empty_is_refused_with_its_line_number(string appendix)
    {
        var error = Assert.Throws<FormatException>(() => Parse(
            Header,
            "Testudo graeca\tspecies\tII\ta\tb\tc",
            $"Testudo hermanni\tspecies\t{appendix}\td\te\tf"));

        Assert.StartsWith("Line 3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rank_is_refused()
    {
        Assert.Throws<FormatException>(() => Parse(Header, "Testudo graeca\ttribe\tII\ta\tb\tc"));
    }

    [Fact]
    public void A_scientific_name_repeated_in_another_case_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => Parse(
            Header,
            "Testudo graeca\tspecies\tII\ta\tb\tc",
            "testudo graeca\tspecies\tII\td\te\tf"));

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Testudo graeca\tspecies\tII\ta\tb")]
    [InlineData("Testudo graeca\tspecies\tII\ta\tb\tc\tnote\textra")]
    [InlineData("Testudo graeca\tspecies\tII\ta\t\tc")]
    [InlineData("Testudo graeca \tspecies\tII\ta\tb\tc")]
    [InlineData("Testudo graeca\tspecies\tII\t a\tb\tc")]
    public void A_row_with_missing_extra_empty_or_padded_fields_is_refused(string row)
    {
        Assert.Throws<FormatException>(() => Parse(Header, row));
    }

    [Fact]
    public void A_table_without_the_expected_header_is_refused()
    {
        Assert.Throws<FormatException>(() => Parse("Testudo graeca\tspecies\tII\ta\tb\tc"));
        Assert.Throws<FormatException>(() => Parse("# only a comment"));
    }
}
