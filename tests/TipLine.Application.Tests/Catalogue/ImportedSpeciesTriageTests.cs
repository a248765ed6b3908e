using TipLine.Application.Cases.TriageCase;
using TipLine.Application.Tests.Cases;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;
using TipLine.Infrastructure.Catalogue;

namespace TipLine.Application.Tests.Catalogue;

/// <summary>Triage checks taxa against the deployment's imported catalogue, which replaces the built-in list.</summary>
public sealed class ImportedSpeciesTriageTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("tipline-species-").FullName;
    private ApplicationHost host = null!;
    private CaseWorld world = null!;

    public async Task InitializeAsync()
    {
        var imported = new CatalogueTaxon(
            "Pericopsis elata", TaxonRank.Species, CitesAppendix.II, new("Afrormosia", "Assamela", "Afrormosia"), string.Empty);
        using (var writer = new StreamWriter(Path.Combine(dataDirectory, ImportedSpeciesCatalogue.FileName)))
        {
            SpeciesTable.Write(writer, [imported], ["test catalogue"]);
        }

        host = ApplicationHost.WithDataDirectory(dataDirectory);
        world = await CaseWorld.SeedAsync(host);
    }

    [Fact]
    public async Task An_imported_taxon_is_accepted_and_stored_as_the_import_spells_it()
    {
        Assert.Null(SpeciesList.BuiltIn.Find("Pericopsis elata"));
        var created = await world.OpenCaseAsync();

        await world.As(world.Investigator, m => m.Send(new TriageCase(created.Id, "pericopsis  ELATA", CitesAppendix.II, null, [], null, Urgency.Normal)));

        Assert.Equal("Pericopsis elata", (await world.CaseAsync(created.Id)).Taxon);
    }

    [Fact]
    public async Task A_taxon_only_the_built_in_list_knows_is_refused()
    {
        Assert.NotNull(SpeciesList.BuiltIn.Find("Testudo graeca"));
        var created = await world.OpenCaseAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(
            new TriageCase(created.Id, "Testudo graeca", CitesAppendix.II, null, [], null, Urgency.Normal))));

        Assert.Equal([TriageCaseValidator.TaxonUnknown], refused.Problems.Select(p => p.MessageKey));
        Assert.Null((await world.CaseAsync(created.Id)).Taxon);
    }

    public async Task DisposeAsync()
    {
        await world.DisposeAsync();
        await host.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
