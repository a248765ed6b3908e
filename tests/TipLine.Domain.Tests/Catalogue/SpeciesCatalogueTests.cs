using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;

namespace TipLine.Domain.Tests.Catalogue;

public sealed class SpeciesCatalogueTests
{
    private static readonly string[] EmptyAppendixNotePrefixes = ["split listing:", "not listed:", "listing under review:"];

    [Fact]
    public void Every_data_line_of_the_embedded_table_becomes_one_taxon()
    {
        var dataLines = EmbeddedTable.DataLines(SpeciesTable.ResourceName);

        Assert.Equal(dataLines.Count, SpeciesCatalogue.All.Count);
        Assert.InRange(SpeciesCatalogue.All.Count, 120, 200);
        Assert.Equal(
            dataLines.Select(line => line.Split('\t')[0]),
            SpeciesCatalogue.All.Select(t => t.ScientificName));
    }

    [Fact]
    public void The_table_names_its_source_and_date_and_tells_readers_to_check_the_checklist()
    {
        var comments = string.Join('\n', EmbeddedTable.CommentLines(SpeciesTable.ResourceName));

        Assert.Contains("CITES Appendices, as known to the maintainers on 2026-11", comments, StringComparison.Ordinal);
        Assert.Contains("https://checklist.cites.org", comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Scientific_names_are_unique_ignoring_case()
    {
        var duplicates = SpeciesCatalogue.All
            .GroupBy(t => t.ScientificName, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData(CatalogueLanguages.English)]
    [InlineData(CatalogueLanguages.French)]
    [InlineData(CatalogueLanguages.Spanish)]
    public void Common_names_are_unique_within_each_language(string language)
    {
        var duplicates = SpeciesCatalogue.All
            .GroupBy(t => t.CommonName(language), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void No_name_or_note_contains_a_control_character_or_surrounding_whitespace()
    {
        foreach (var taxon in SpeciesCatalogue.All)
        {
            string[] texts =
            [
                taxon.ScientificName, taxon.CommonNames.English, taxon.CommonNames.French, taxon.CommonNames.Spanish,
                taxon.Notes,
            ];
            foreach (var text in texts)
            {
                Assert.False(text.Any(char.IsControl), $"control character in '{text}'");
                Assert.Equal(text.Trim(), text);
            }

            Assert.NotEqual(string.Empty, taxon.CommonNames.English);
            Assert.NotEqual(string.Empty, taxon.CommonNames.French);
            Assert.NotEqual(string.Empty, taxon.CommonNames.Spanish);
        }
    }

    [Fact]
    public void Each_scientific_name_has_the_shape_its_rank_requires()
    {
        foreach (var taxon in SpeciesCatalogue.All)
        {
            var words = taxon.ScientificName.Split(' ');
            Assert.True(char.IsAsciiLetterUpper(words[0][0]) && words[0][1..].All(char.IsAsciiLetterLower), taxon.ScientificName);
            if (taxon.Rank == TaxonRank.Species)
            {
                Assert.True(words.Length == 2 && words[1].All(char.IsAsciiLetterLower), $"{taxon.ScientificName} is not a binomial");
            }
            else
            {
                Assert.True(words.Length == 1, $"{taxon.ScientificName} should be one word for a {taxon.Rank}");
            }

            if (taxon.Rank == TaxonRank.Family)
            {
                // Animal families end in -idae, plant families in -aceae.
                Assert.True(
                    taxon.ScientificName.EndsWith("idae", StringComparison.Ordinal)
                    || taxon.ScientificName.EndsWith("aceae", StringComparison.Ordinal),
                    $"{taxon.ScientificName} does not look like a family");
            }
        }
    }

    [Fact]
    public void Every_appendix_is_I_II_or_III_and_every_missing_appendix_is_explained()
    {
        foreach (var taxon in SpeciesCatalogue.All)
        {
            if (taxon.CitesAppendix is { } appendix)
            {
                Assert.Contains(appendix, new[] { CitesAppendix.I, CitesAppendix.II, CitesAppendix.III });
                Assert.DoesNotContain(EmptyAppendixNotePrefixes, prefix => taxon.Notes.StartsWith(prefix, StringComparison.Ordinal));
            }
            else
            {
                Assert.Contains(EmptyAppendixNotePrefixes, prefix => taxon.Notes.StartsWith(prefix, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("Psittacus erithacus", CitesAppendix.I)]
    [InlineData("Manis", CitesAppendix.I)]
    [InlineData("Manis javanica", CitesAppendix.I)]
    [InlineData("Geochelone elegans", CitesAppendix.I)]
    [InlineData("Astrochelys radiata", CitesAppendix.I)]
    [InlineData("Testudo graeca", CitesAppendix.II)]
    [InlineData("Elephas maximus", CitesAppendix.I)]
    [InlineData("Anguilla anguilla", CitesAppendix.II)]
    [InlineData("Totoaba macdonaldi", CitesAppendix.I)]
    [InlineData("Ara macao", CitesAppendix.I)]
    [InlineData("Ara ararauna", CitesAppendix.II)]
    [InlineData("Odobenus rosmarus", CitesAppendix.III)]
    public void Known_listings_are_recorded(string scientificName, CitesAppendix appendix)
    {
        var taxon = SpeciesCatalogue.Find(scientificName);

        Assert.NotNull(taxon);
        Assert.Equal(appendix, taxon.CitesAppendix);
    }

    [Theory]
    [InlineData("Loxodonta africana")]
    [InlineData("Testudinidae")]
    [InlineData("Acipenseriformes")]
    [InlineData("Ara")]
    [InlineData("Rhinocerotidae")]
    public void Taxa_split_between_appendices_have_no_appendix_and_say_so(string scientificName)
    {
        var taxon = SpeciesCatalogue.Find(scientificName);

        Assert.NotNull(taxon);
        Assert.Null(taxon.CitesAppendix);
        Assert.StartsWith("split listing:", taxon.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Psittacus erithacus")]
    [InlineData("psittacus erithacus")]
    [InlineData("PSITTACUS ERITHACUS")]
    [InlineData("  Psittacus   erithacus ")]
    public void Find_ignores_case_and_extra_spaces(string query)
    {
        Assert.Equal("Psittacus erithacus", SpeciesCatalogue.Find(query)?.ScientificName);
    }

    [Theory]
    [InlineData("Manis spp.")]
    [InlineData("manis SPP")]
    public void Find_reads_spp_as_the_higher_taxon_itself(string query)
    {
        var taxon = SpeciesCatalogue.Find(query);

        Assert.NotNull(taxon);
        Assert.Equal("Manis", taxon.ScientificName);
        Assert.Equal(TaxonRank.Genus, taxon.Rank);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Homo sapiens")]
    [InlineData("Psittacus")]
    [InlineData("spp.")]
    public void Find_returns_null_for_a_name_not_in_the_catalogue(string query)
    {
        Assert.Null(SpeciesCatalogue.Find(query));
    }

    [Theory]
    [InlineData("en", "Grey parrot")]
    [InlineData("fr", "Perroquet gris du Gabon")]
    [InlineData("es", "Loro gris africano")]
    [InlineData("fr-CA", "Perroquet gris du Gabon")]
    [InlineData("ES", "Loro gris africano")]
    [InlineData("de", "Grey parrot")]
    [InlineData("", "Grey parrot")]
    public void A_common_name_is_given_in_the_requested_language_or_else_in_English(string language, string expected)
    {
        var parrot = SpeciesCatalogue.Find("Psittacus erithacus");

        Assert.NotNull(parrot);
        Assert.Equal(expected, parrot.CommonName(language));
    }

    [Fact]
    public void The_catalogue_cannot_be_changed_by_a_caller()
    {
        var list = Assert.IsAssignableFrom<IList<CatalogueTaxon>>(SpeciesCatalogue.All);

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(list[0]));
        Assert.Throws<NotSupportedException>(() => list[0] = list[1]);
    }
}
