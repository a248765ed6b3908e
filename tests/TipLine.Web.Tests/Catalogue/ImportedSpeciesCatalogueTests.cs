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
}
