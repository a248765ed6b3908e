using System.Text;
using TipLine.Cli.Tests.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Catalogue;
using TipLine.Infrastructure.Catalogue;

namespace TipLine.Cli.Tests.Catalogue;

/// <summary>"tipline species import" run as the real process on small CSV files written here, never the real CITES list.</summary>
public sealed class SpeciesImportTests : IDisposable
{
    // Reordered columns, extra ones (Id, Kingdom, Author), CRLF line ends, quoted commas and a quoted line break.
    private static readonly string[] IndexLines =
    [
        "Id,CurrentListing,Kingdom,Class,Order,Family,Genus,FullName,Author,RankName,English,French,Spanish",
        "1,I,Animalia,Mammalia,Proboscidea,Elephantidae,Loxodonta,Loxodonta africana,\"(Blumenbach, 1797)\",SPECIES,\"African elephant, savanna elephant\",Éléphant d'Afrique,Elefante africano",
        "2,II,Animalia,Mammalia,Pholidota,Manidae,Manis,,,SPECIES,Pangolin,,",
        "3,II,Animalia,Reptilia,Testudines,Testudinidae,Testudo,Testudo graeca,,TRIBE,Spur-thighed tortoise,,",
        "4,IV,Animalia,Reptilia,Squamata,Pythonidae,Python,Python sebae,,SPECIES,African rock python,,",
        "5,I/II,Animalia,Mammalia,Pholidota,Manidae,Manis,Manis,,GENUS,Pangolins,Pangolins,Pangolines",
        "6,II,Animalia,Aves,Psittaciformes,Psittacidae,Psittacus,Psittacus erithacus,\"(Linnaeus,\r\n1758)\",SPECIES,Grey parrot,\"Perroquet gris \"\"du Gabon\"\"\",Loro gris",
        "7,NC,Animalia,Reptilia,Squamata,Pythonidae,Python,Python regius,,SPECIES,Ball python,,",
        "8,I,Animalia,Mammalia,Proboscidea,Elephantidae,Loxodonta,loxodonta AFRICANA,,SPECIES,Duplicate,,",
        "",
        "9,I,Animalia,Mammalia,Carnivora,Felidae,Panthera,Panthera tigris altaica,,subspecies,Amur tiger,Tigre de l'Amour,Tigre siberiano",
        "10,,Animalia,Mammalia,Carnivora,Felidae,Panthera,Panthera leo,,SPECIES,Lion,Lion,León",
    ];

    private readonly TempDirectory directory = new();

    private string DataDirectory => directory.File("data");

    private string CataloguePath => Path.Combine(DataDirectory, ImportedSpeciesCatalogue.FileName);

    [Fact]
    public void Good_rows_are_imported_and_every_bad_row_is_reported_by_its_line_number()
    {
        var csv = WriteCsv(IndexLines);

        var result = Import(csv);

        Assert.Equal(0, result.ExitCode);
        var reported = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line[(csv.Length + 1)..line.IndexOf(": ", StringComparison.Ordinal)])
            .ToList();
        // Line 7 holds the parrot's quoted line break, so the rows after it sit one line further down.
        Assert.Equal(["3", "4", "5", "10", "13"], reported);
        Assert.Contains($"{csv}:3: the name (FullName) is empty.", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{csv}:4: the rank 'TRIBE' is unknown", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{csv}:5: the listing 'IV' is not a CITES listing", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{csv}:10: 'loxodonta AFRICANA' already appears on line 2.", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{csv}:13: the listing '' is not a CITES listing", result.StandardError, StringComparison.Ordinal);
        var output = Encoding.UTF8.GetString(result.StandardOutput);
        Assert.Contains($"imported 5 taxa into {CataloguePath} (5 row(s) left out).", output, StringComparison.Ordinal);
        Assert.Contains("Restart the TipLine service", output, StringComparison.Ordinal);

        var catalogue = ImportedSpeciesCatalogue.Load(CataloguePath);
        Assert.Equal(
            ["Loxodonta africana", "Manis", "Psittacus erithacus", "Python regius", "Panthera tigris altaica"],
            catalogue.All.Select(t => t.ScientificName));
        var elephant = catalogue.Find("loxodonta  africana")!;
        Assert.Equal(CitesAppendix.I, elephant.CitesAppendix);
        Assert.Equal(new LocalisedNames("African elephant, savanna elephant", "Éléphant d'Afrique", "Elefante africano"), elephant.CommonNames);
        var pangolins = catalogue.Find("Manis spp.")!;
        Assert.Equal(TaxonRank.Genus, pangolins.Rank);
        Assert.Null(pangolins.CitesAppendix);
        Assert.StartsWith("split listing: I/II", pangolins.Notes, StringComparison.Ordinal);
        Assert.Equal("Perroquet gris \"du Gabon\"", catalogue.Find("Psittacus erithacus")!.CommonName("fr"));
        var ballPython = catalogue.Find("Python regius")!;
        Assert.Null(ballPython.CitesAppendix);
        Assert.StartsWith("not listed:", ballPython.Notes, StringComparison.Ordinal);
        Assert.Equal("Ball python", ballPython.CommonName("es"));
        Assert.Equal(TaxonRank.Subspecies, catalogue.Find("Panthera tigris altaica")!.Rank);
        // The import replaces the built-in list rather than adding to it.
        Assert.NotNull(SpeciesList.BuiltIn.Find("Testudo graeca"));
        Assert.Null(catalogue.Find("Testudo graeca"));
    }

    [Fact]
    public void A_byte_order_mark_and_a_header_in_other_words_are_understood()
    {
        var csv = directory.File("index.csv");
        File.WriteAllText(csv, "Scientific Name,Notes; extra,current_listing,Rank Name\nTestudo hermanni,\"a, b\",II,Species\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = Import(csv);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardError);
        var tortoise = Assert.Single(ImportedSpeciesCatalogue.Load(CataloguePath).All);
        Assert.Equal(new CatalogueTaxon("Testudo hermanni", TaxonRank.Species, CitesAppendix.II, new("Testudo hermanni", "Testudo hermanni", "Testudo hermanni"), string.Empty), tortoise);
    }

    [Theory]
    [InlineData("FullName,RankName,English\nTestudo graeca,SPECIES,Spur-thighed tortoise\n", "no listing column")]
    [InlineData("FullName,RankName,CurrentListing\n\"Testudo graeca,SPECIES,II\n", "a quoted field is never closed")]
    [InlineData("FullName,RankName,CurrentListing\n,SPECIES,II\nTestudo graeca,SPECIES,V\n", "no row is usable")]
    [InlineData("", "The file is empty")]
    public void An_unusable_file_changes_nothing(string content, string reason)
    {
        Assert.Equal(0, Import(WriteCsv(IndexLines)).ExitCode);
        var before = File.ReadAllBytes(CataloguePath);
        var csv = directory.File("broken.csv");
        File.WriteAllText(csv, content);

        var result = Import(csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(CataloguePath));
        Assert.Equal([CataloguePath], Directory.GetFiles(DataDirectory));
    }

    [Fact]
    public void Strict_refuses_a_file_with_any_bad_row_and_writes_nothing()
    {
        var result = Import(WriteCsv(IndexLines), "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("5 row(s) are not usable and --strict is set", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any());
    }

    [Fact]
    public void A_dash_reads_the_file_from_standard_input()
    {
        var csv = "FullName,RankName,CurrentListing\n,GENUS,II\nManis,GENUS,I/II\n"u8.ToArray();

        var result = ProcessRunner.Tipline(csv, new Dictionary<string, string> { ["TipLine__DataDirectory"] = DataDirectory }, "species", "import", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("standard input:2: the name (FullName) is empty.\n", result.StandardError.ReplaceLineEndings("\n"));
        Assert.Equal("Manis", Assert.Single(ImportedSpeciesCatalogue.Load(CataloguePath).All).ScientificName);
    }

    [Fact]
    public void The_data_directory_option_overrides_the_configuration()
    {
        var elsewhere = directory.File("elsewhere");

        var result = Import(WriteCsv(IndexLines), "--data-directory", elsewhere);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(elsewhere, ImportedSpeciesCatalogue.FileName)));
        Assert.False(File.Exists(CataloguePath));
    }

    public void Dispose() => directory.Dispose();

    private string WriteCsv(IEnumerable<string> lines)
    {
        var path = directory.File("cites-index.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    private Testing.Processes.ChildProcessResult Import(string csv, params string[] options) =>
        ProcessRunner.Tipline(null, new Dictionary<string, string> { ["TipLine__DataDirectory"] = DataDirectory }, ["species", "import", csv, .. options]);
}
