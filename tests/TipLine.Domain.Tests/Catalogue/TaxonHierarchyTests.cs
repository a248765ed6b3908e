using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class TaxonHierarchyTests
{
    [Theory]
    [InlineData("Testudo graeca", "Testudo")]
    [InlineData("Testudo graeca", "Testudinidae")]
    [InlineData("Testudo graeca", "Testudines")]
    [InlineData("Testudo graeca", "reptilia")]
    [InlineData("Testudinidae", "Testudinidae")]
    [InlineData("Manis spp.", "Pholidota")]
    [InlineData("Psittacus erithacus", "Psittaciformes")]
    [InlineData("Monodon monoceros", "Cetacea")]
    [InlineData("Dalbergia nigra", "Fabaceae")]
    public void A_taxon_lies_within_itself_its_genus_and_every_higher_taxon(string taxon, string group)
    {
        Assert.True(TaxonHierarchy.IsWithin(taxon, group));
    }

    [Theory]
    [InlineData("Testudo graeca", "Pythonidae")]
    [InlineData("Testudinidae", "Testudo")]
    [InlineData("Python regius", "Testudines")]
    [InlineData("Testudo graeca", "")]
    [InlineData("Unknownus species", "Reptilia")]
    public void A_taxon_is_not_within_a_group_it_does_not_belong_to_nor_within_a_narrower_one(string taxon, string group)
    {
        Assert.False(TaxonHierarchy.IsWithin(taxon, group));
    }

    [Fact]
    public void Ancestors_come_nearest_first()
    {
        Assert.Equal(["Testudo", "Testudinidae", "Testudines", "Reptilia"], TaxonHierarchy.AncestorsOf("Testudo graeca"));
    }

    [Fact]
    public void Every_genus_family_and_order_of_the_species_catalogue_has_a_class_or_order_above_it()
    {
        var orphans = SpeciesCatalogue.All
            .Where(t => TaxonHierarchy.AncestorsOf(t.ScientificName).Count(a => !t.ScientificName.StartsWith(a + " ", StringComparison.Ordinal)) == 0)
            .Select(t => t.ScientificName);

        Assert.Empty(orphans);
    }

    [Theory]
    [InlineData("taxon\tparent\nA\tB\nA\tC\n", "already has a parent")]
    [InlineData("taxon\tparent\nA\tB\nB\tA\n", "cycle")]
    [InlineData("taxon\tparent\nA\t\n", "both the taxon and its parent")]
    [InlineData("taxon\tparents\nA\tB\n", "header")]
    public void A_malformed_table_is_refused(string table, string problem)
    {
        var refused = Assert.Throws<FormatException>(() => TaxonHierarchy.Parse(new StringReader(table)));

        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }
}
