using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class LocalisedNameComparerTests
{
    [Fact]
    public void With_ICU_available_the_culture_collation_is_used()
    {
        // The solution sets InvariantGlobalization=false, so tests run with ICU; the fallback is tested below.
        Assert.IsNotType<DiacriticFoldingComparer>(LocalisedNameComparer.For("fr"));
    }

    [Theory]
    [InlineData("Égypte", "Egypte")]
    [InlineData("Åland Islands", "Aland Islands")]
    [InlineData("Curaçao", "Curacao")]
    [InlineData("Türkiye", "Turkiye")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("France", "France")]
    public void Folding_replaces_accented_letters_by_their_base_letters(string name, string folded)
    {
        Assert.Equal(folded, DiacriticFoldingComparer.Fold(name));
    }

    [Theory]
    [InlineData(CatalogueLanguages.English)]
    [InlineData(CatalogueLanguages.French)]
    [InlineData(CatalogueLanguages.Spanish)]
    public void Every_country_name_folds_to_ASCII_so_the_fallback_sorts_it_among_its_letters(string language)
    {
        foreach (var country in CountryCatalogue.All)
        {
            var folded = DiacriticFoldingComparer.Fold(country.Name(language));
            Assert.True(folded.All(char.IsAscii), $"'{folded}' still has a non-ASCII character");
        }
    }

    [Theory]
    [InlineData("Égypte", "Espagne")]
    [InlineData("Åland Islands", "Albania")]
    [InlineData("Bélgica", "Belice")]
    [InlineData("équateur", "Finlande")]
    [InlineData("Afghanistan", "Åland Islands")]
    public void The_fallback_orders_names_by_their_letters_ignoring_accents_and_case(string before, string after)
    {
        var comparer = DiacriticFoldingComparer.Instance;

        Assert.True(comparer.Compare(before, after) < 0);
        Assert.True(comparer.Compare(after, before) > 0);
    }

    [Fact]
    public void The_fallback_is_a_total_order_that_still_tells_accented_names_apart()
    {
        var comparer = DiacriticFoldingComparer.Instance;

        Assert.NotEqual(0, comparer.Compare("Perú", "Peru"));
        Assert.Equal(0, comparer.Compare("Perú", "Perú"));
        Assert.True(comparer.Compare(null, "a") < 0);
        Assert.True(comparer.Compare("a", null) > 0);
    }

    [Fact]
    public void The_fallback_sorts_the_French_country_list_with_accented_names_in_place()
    {
        var sorted = CountryCatalogue.All
            .OrderBy(c => c.Name("fr"), DiacriticFoldingComparer.Instance)
            .Select(c => c.Code)
            .ToList();

        Assert.True(sorted.IndexOf("EG") < sorted.IndexOf("ES"));
        Assert.True(sorted.IndexOf("ES") < sorted.IndexOf("ZM"));
    }
}
