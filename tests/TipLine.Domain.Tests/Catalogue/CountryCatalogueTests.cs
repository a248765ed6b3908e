using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class CountryCatalogueTests
{
    [Fact]
    public void Every_data_line_of_the_embedded_table_becomes_one_of_the_249_countries()
    {
        var dataLines = EmbeddedTable.DataLines(CountryTable.ResourceName);

        Assert.Equal(249, CountryCatalogue.All.Count);
        Assert.Equal(dataLines.Select(line => line.Split('\t')[0]), CountryCatalogue.All.Select(c => c.Code));
    }

    [Fact]
    public void Codes_are_unique_and_in_order()
    {
        var codes = CountryCatalogue.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("UK")] // the United Kingdom is GB
    [InlineData("EL")] // the EU's code for Greece; ISO has GR
    [InlineData("XK")] // Kosovo: user-assigned, not in ISO 3166-1
    [InlineData("AN")] // Netherlands Antilles, withdrawn in 2010
    [InlineData("YU")] // Yugoslavia, withdrawn
    [InlineData("ZR")] // Zaire, now CD
    public void Retired_or_non_ISO_codes_are_not_in_the_list(string code)
    {
        Assert.DoesNotContain(CountryCatalogue.All, c => c.Code == code);
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("GR")]
    [InlineData("SS")] // South Sudan, 2011
    [InlineData("BQ")] // Bonaire, Sint Eustatius and Saba, 2010
    [InlineData("CW")]
    [InlineData("SX")]
    [InlineData("PS")]
    [InlineData("TW")]
    public void Codes_assigned_more_recently_or_often_forgotten_are_in_the_list(string code)
    {
        Assert.Contains(CountryCatalogue.All, c => c.Code == code);
    }

    [Theory]
    [InlineData(CatalogueLanguages.English)]
    [InlineData(CatalogueLanguages.French)]
    [InlineData(CatalogueLanguages.Spanish)]
    public void Names_are_unique_within_each_language_and_free_of_control_characters(string language)
    {
        var names = CountryCatalogue.All.Select(c => c.Name(language)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name =>
        {
            Assert.NotEqual(string.Empty, name);
            Assert.False(name.Any(char.IsControl), $"control character in '{name}'");
            Assert.Equal(name.Trim(), name);
        });
    }

    [Theory]
    [InlineData("FR", "France", "France", "Francia")]
    [InlineData("DE", "Germany", "Allemagne", "Alemania")]
    [InlineData("ES", "Spain", "Espagne", "España")]
    [InlineData("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil")]
    [InlineData("CD", "Democratic Republic of the Congo", "République démocratique du Congo", "República Democrática del Congo")]
    [InlineData("VN", "Vietnam", "Viêt Nam", "Vietnam")]
    public void Known_names_are_given_in_each_language(string code, string english, string french, string spanish)
    {
        Assert.Equal(english, CountryCatalogue.NameOf(code, "en"));
        Assert.Equal(french, CountryCatalogue.NameOf(code, "fr"));
        Assert.Equal(spanish, CountryCatalogue.NameOf(code, "es"));
    }

    [Fact]
    public void NameOf_ignores_the_case_of_the_code_and_falls_back_to_English_for_other_languages()
    {
        Assert.Equal("Allemagne", CountryCatalogue.NameOf("de", "fr-BE"));
        Assert.Equal("Germany", CountryCatalogue.NameOf("DE", "de"));
        Assert.Equal("Germany", CountryCatalogue.NameOf("DE", string.Empty));
    }

    [Fact]
    public void NameOf_returns_an_unknown_code_unchanged_so_a_page_showing_old_data_does_not_fail()
    {
        Assert.Equal("XK", CountryCatalogue.NameOf("XK", "fr"));
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("fr", true)]
    [InlineData(" GA ", true)]
    [InlineData("XK", false)]
    [InlineData("UK", false)]
    [InlineData("FRA", false)]
    [InlineData("", false)]
    public void IsKnown_accepts_exactly_the_ISO_codes(string code, bool known)
    {
        Assert.Equal(known, CountryCatalogue.IsKnown(code));
    }

    [Theory]
    [InlineData(CatalogueLanguages.English)]
    [InlineData(CatalogueLanguages.French)]
    [InlineData(CatalogueLanguages.Spanish)]
    public void SortedFor_lists_every_country_once_in_the_order_of_that_language(string language)
    {
        var sorted = CountryCatalogue.SortedFor(language);
        var comparer = LocalisedNameComparer.For(language);

        Assert.Equal(
            CountryCatalogue.All.Select(c => c.Code).Order(StringComparer.Ordinal),
            sorted.Select(c => c.Code).Order(StringComparer.Ordinal));
        for (var i = 1; i < sorted.Count; i++)
        {
            Assert.True(
                comparer.Compare(sorted[i - 1].Name(language), sorted[i].Name(language)) <= 0,
                $"{sorted[i - 1].Name(language)} before {sorted[i].Name(language)}");
        }
    }

    // Each case would come out in the other order under an ordinal sort, where accented letters follow 'z'.
    [Theory]
    [InlineData("en", "AF", "AX", "AL")] // Afghanistan, Åland Islands, Albania
    [InlineData("fr", "EG", "ES", "ZM")] // Égypte, Espagne, Zambie
    [InlineData("fr", "DM", "EC", "FI")] // Dominique, Équateur, Finlande
    [InlineData("es", "BE", "BZ", "BJ")] // Bélgica, Belice, Benín
    public void Accented_names_sort_with_their_base_letter(string language, string first, string second, string third)
    {
        var codes = CountryCatalogue.SortedFor(language).Select(c => c.Code).ToList();

        Assert.True(codes.IndexOf(first) < codes.IndexOf(second), $"{first} should come before {second}");
        Assert.True(codes.IndexOf(second) < codes.IndexOf(third), $"{second} should come before {third}");
    }

    [Fact]
    public void SortedFor_an_unsupported_language_is_the_English_order()
    {
        Assert.Same(CountryCatalogue.SortedFor("en"), CountryCatalogue.SortedFor("de"));
        Assert.Equal("AF", CountryCatalogue.SortedFor("de")[0].Code);
    }

    [Fact]
    public void The_lists_cannot_be_changed_by_a_caller()
    {
        Assert.True(Assert.IsAssignableFrom<IList<CountryName>>(CountryCatalogue.All).IsReadOnly);
        Assert.True(Assert.IsAssignableFrom<IList<CountryName>>(CountryCatalogue.SortedFor("fr")).IsReadOnly);
    }
}
