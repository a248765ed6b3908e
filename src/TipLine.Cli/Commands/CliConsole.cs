namespace TipLine.Cli.Commands;

/// <summary>The process's standard streams, injectable so commands can be tested in-process.</summary>
internal sealed record CliConsole(Stream StandardInput, Stream StandardOutput, TextWriter Error)
{
    public static CliConsole FromProcess() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
}
