using TipLine.Cli.Commands;

namespace TipLine.Cli;

/// <summary>Entry point: routes "tipline VERB args..." to the command registered in <see cref="CommandCatalog"/>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        RunAsync(args, CommandCatalog.Create(), CliConsole.FromProcess(), CancellationToken.None);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IReadOnlyList<ICliCommand> commands, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            await console.Error.WriteLineAsync("Usage: tipline <verb> [arguments]\n\nVerbs:").ConfigureAwait(false);
            foreach (var command in commands)
            {
                await console.Error.WriteLineAsync($"  {command.Name,-12} {command.Summary}").ConfigureAwait(false);
            }

            return args.Count == 0 ? 2 : 0;
        }

        var verb = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (verb is null)
        {
            await console.Error.WriteLineAsync($"tipline: error: unknown verb '{args[0]}' (see 'tipline help').").ConfigureAwait(false);
            return 2;
        }

        return await verb.RunAsync(args.Skip(1).ToArray(), console, cancellationToken).ConfigureAwait(false);
    }
}
