namespace TipLine.Cli.Commands;

/// <summary>One verb of the operator command line, e.g. "age-keygen" or "migrate".</summary>
internal interface ICliCommand
{
    /// <summary>The verb typed after "tipline", e.g. "age-keygen".</summary>
    string Name { get; }

    /// <summary>One line shown by "tipline help".</summary>
    string Summary { get; }

    /// <summary>Runs the verb. Returns the process exit code; any bad input gives a clear message on stderr and a non-zero code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, CliConsole console, CancellationToken cancellationToken);
}
