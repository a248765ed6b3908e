using System.Globalization;
using System.Text;
using TipLine.Cli.Administration;
using TipLine.Cli.Age;
using TipLine.Cli.Commands;
using TipLine.Domain.Catalogue;
using TipLine.Infrastructure.Catalogue;

namespace TipLine.Cli.Catalogue;

/// <summary>
/// "tipline species import FILE": turns the "Index of CITES Species" CSV the operator downloaded into the species
/// table the service reads from its data directory. Rows that cannot be used are listed with their line numbers and
/// left out, and the others are imported (exit 0); with --strict any bad row stops the import. A file that cannot be
/// used at all (no header, a required column missing, nothing importable) writes nothing and exits 1. The table is
/// written to a temporary file and renamed, so the service never reads half an import.
/// </summary>
internal sealed class SpeciesImportCommand : ICliCommand
{
    private const string Usage = "Usage: tipline species import FILE|- [--strict] [--data-directory DIR]";

    public string Name => "species";

    public string Summary => "import FILE: install the CITES species index CSV as the intake and triage catalogue.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (!TryReadArguments(arguments, out var file, out var strict, out var dataDirectory))
        {
            await console.Error.WriteLineAsync("tipline: error: unknown species command.\n" + Usage).ConfigureAwait(false);
            return 2;
        }

        var source = file == "-" ? "standard input" : file;
        CitesIndexImport import;
        try
        {
            // "-" reads standard input, for containers whose read-only file system has nowhere to copy the download.
            using var reader = file == "-"
                ? new StreamReader(console.StandardInput, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true)
                : new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            import = CitesSpeciesIndex.Parse(reader);
        }
        catch (Exception error) when (error is FormatException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"tipline: error: {source} cannot be imported: {error.Message} Nothing was changed.").ConfigureAwait(false);
            return 1;
        }

        foreach (var row in import.Rejected)
        {
            await console.Error.WriteLineAsync($"{source}:{row.LineNumber}: {row.Reason}").ConfigureAwait(false);
        }

        if (import.Taxa.Count == 0 || (strict && import.Rejected.Count > 0))
        {
            var why = import.Taxa.Count == 0 ? "no row is usable" : $"{import.Rejected.Count} row(s) are not usable and --strict is set";
            await console.Error.WriteLineAsync($"tipline: error: {why}. Nothing was changed.").ConfigureAwait(false);
            return 1;
        }

        var path = dataDirectory is null
            ? ImportedSpeciesCatalogue.FilePath(CliConfiguration.Build(new Dictionary<string, string?>()), Directory.GetCurrentDirectory())
            : Path.Combine(Path.GetFullPath(dataDirectory), ImportedSpeciesCatalogue.FileName);
        try
        {
            Install(path, Render(import.Taxa, Path.GetFileName(source)));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"tipline: error: {path} cannot be written: {error.Message}").ConfigureAwait(false);
            return 1;
        }

        var output = new StreamWriter(console.StandardOutput, leaveOpen: true);
        await using (output.ConfigureAwait(false))
        {
            await output.WriteLineAsync(
                $"imported {import.Taxa.Count} taxa into {path} ({import.Rejected.Count} row(s) left out).").ConfigureAwait(false);
            await output.WriteLineAsync(
                "Restart the TipLine service to use it: the catalogue is read once at startup.").ConfigureAwait(false);
        }

        return 0;
    }

    private static bool TryReadArguments(IReadOnlyList<string> arguments, out string file, out bool strict, out string? dataDirectory)
    {
        file = string.Empty;
        strict = false;
        dataDirectory = null;
        if (arguments.Count < 2 || arguments[0] != "import")
        {
            return false;
        }

        for (var index = 1; index < arguments.Count; index++)
        {
            switch (arguments[index])
            {
                case "--strict":
                    strict = true;
                    break;
                case "--data-directory" when index + 1 < arguments.Count:
                    dataDirectory = arguments[++index];
                    break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && file.Length == 0 && value.Length > 0:
                    file = value;
                    break;
                default:
                    return false;
            }
        }

        return file.Length > 0;
    }

    private static string Render(IReadOnlyList<CatalogueTaxon> taxa, string sourceName)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SpeciesTable.Write(writer, taxa,
        [
            $"Imported by 'tipline species import' from {sourceName} (the CITES \"Index of CITES Species\" export).",
            "Replaces the built-in starter list. Do not edit by hand: import a new download instead.",
            "A listing can change at every Conference of the Parties: the appendix here helps triage, it is not legal advice.",
        ]);
        var text = writer.ToString();

        // The service refuses to start on a table it cannot read, so check before it is installed.
        using var check = new StringReader(text);
        _ = SpeciesList.Parse(check);
        return text;
    }

    private static void Install(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        using var output = new AtomicOutput(path, Stream.Null, Readable);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        output.Stream.Write(bytes);
        output.Commit();
    }
}
