using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class SpeciesTableWriteTests
{
    [Fact]
    public void A_written_table_reads_back_as_the_same_taxa_behind_its_comments()
    {
        using var writer = new StringWriter();

        SpeciesTable.Write(writer, SpeciesList.BuiltIn.All, ["first comment", "second"]);

        var text = writer.ToString();
        Assert.StartsWith("# first comment\n# second\nscientific_name\trank\t", text, StringComparison.Ordinal);
        using var reader = new StringReader(text);
        Assert.Equal(SpeciesList.BuiltIn.All, SpeciesList.Parse(reader).All);
    }

    [Fact]
    public void Every_rank_is_written_with_a_name_the_parser_reads()
    {
        var taxa = Enum.GetValues<TaxonRank>()
            .Select(rank => new CatalogueTaxon($"Taxon {rank}", rank, null, new("en", "fr", "es"), "not listed: test"))
            .ToList();
        using var writer = new StringWriter();

        SpeciesTable.Write(writer, taxa, []);

        using var reader = new StringReader(writer.ToString());
        Assert.Equal(taxa, SpeciesList.Parse(reader).All);
    }
}
