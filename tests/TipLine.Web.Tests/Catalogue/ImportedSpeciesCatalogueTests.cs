using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Catalogue;

/// <summary>The web host reads species.tsv from its data directory at startup, as "tipline species import" leaves it.</summary>
public sealed class ImportedSpeciesCatalogueTests
{
    [Fact]
    public async Task The_intake_pick_list_offers_the_imported_catalogue_instead_of_the_built_in_list()
    {
        using var server = new TipLineServer();
        using (var writer = new StreamWriter(Path.Combine(server.DataDirectory, "species.tsv")))
        {
            SpeciesTable.Write(writer,
            [
                new("Pericopsis elata", TaxonRank.Species, CitesAppendix.II, new("Afrormosia", "Assamela", "Afrormosia africana"), string.Empty),
                new("Panthera tigris altaica", TaxonRank.Subspecies, CitesAppendix.I, new("Amur tiger", "Tigre de l'Amour", "Tigre siberiano"), string.Empty),
            ], ["test catalogue"]);
        }

        using var seed = await IntakeSeed.CreateAsync(server.Services);
        using var client = server.CreateRealClient();

        using var response = await client.GetAsync(new Uri("/report/wildlife?lang=fr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<i lang=\"la\">Pericopsis elata</i> — Assamela · CITES II", page, StringComparison.Ordinal);
        Assert.Contains("<i lang=\"la\">Panthera tigris altaica</i> — Tigre de l&#x27;Amour · CITES I", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Testudo graeca", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_catalogue_too_large_to_print_inline_is_browsed_by_letter_on_its_own_page()
    {
        using var server = new TipLineServer();
        var taxa = Enumerable.Range(0, SpeciesList.InlineLimit + 1)
            .Select(i => new CatalogueTaxon($"{(i % 2 == 0 ? "Python" : "Testudo")} species{i:D4}", TaxonRank.Species, CitesAppendix.II, new($"en {i}", $"fr {i}", $"es {i}"), string.Empty))
            .ToList();
        using (var writer = new StreamWriter(Path.Combine(server.DataDirectory, "species.tsv")))
        {
            SpeciesTable.Write(writer, taxa, ["large test catalogue"]);
        }

        using var seed = await IntakeSeed.CreateAsync(server.Services);
        using var client = server.CreateRealClient();

        var form = await client.GetStringAsync(new Uri("/report/wildlife?lang=es", UriKind.Relative));
        var letterT = await client.GetStringAsync(new Uri("/species?lang=es&letter=t", UriKind.Relative));
        var letterZ = await client.GetStringAsync(new Uri("/species?lang=es&letter=Z", UriKind.Relative));

        Assert.DoesNotContain("species0000", form, StringComparison.Ordinal);
        Assert.Contains("href=\"/species?lang=es\"", form, StringComparison.Ordinal);
        Assert.Contains("Ver la lista de especies", form, StringComparison.Ordinal);
        Assert.Contains("<i lang=\"la\">Testudo species0001</i> — es 1 · CITES II", letterT, StringComparison.Ordinal);
        Assert.DoesNotContain("Python species0000", letterT, StringComparison.Ordinal);
        Assert.Equal(SpeciesList.InlineLimit / 2, CountOf("<i lang=\"la\">Testudo", letterT));
        Assert.Contains("Ninguna especie empieza por esta letra.", letterZ, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_import_the_pick_list_is_the_built_in_list()
    {
        using var server = new TipLineServer();

        Assert.Same(SpeciesList.BuiltIn, server.Services.GetRequiredService<SpeciesList>());
    }

    [Fact]
    public void A_damaged_import_stops_the_service_at_startup()
    {
        using var server = new TipLineServer();
        File.WriteAllText(Path.Combine(server.DataDirectory, "species.tsv"), "not\ta\tspecies\ttable\n");

        var error = Assert.ThrowsAny<Exception>(() => server.Address);

        Assert.Contains("tipline species import", error.ToString(), StringComparison.Ordinal);
    }

    private static int CountOf(string needle, string text)
    {
        var count = 0;
        for (var index = text.IndexOf(needle, StringComparison.Ordinal); index >= 0; index = text.IndexOf(needle, index + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
