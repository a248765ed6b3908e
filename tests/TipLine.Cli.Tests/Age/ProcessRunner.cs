using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Cli.Tests.Age;

/// <summary>Runs the built tipline executable, age and age-keygen as child processes.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, byte[] StandardOutput, string StandardError);

    /// <summary>The tipline apphost copied next to the tests by the project reference.</summary>
    public static string TiplinePath => Path.Combine(AppContext.BaseDirectory, "tipline");

    public static Result Tipline(byte[]? standardInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        From(ChildProcess.Run(TiplinePath, standardInput, arguments, environment));

    public static Result Age(byte[]? standardInput, params string[] arguments) =>
        From(ChildProcess.Run(TestEnvironment.AgeCliPath ?? "age", standardInput, arguments));

    public static Result AgeKeygen(params string[] arguments) =>
        From(ChildProcess.Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", null, arguments));

    /// <summary>Runs a command line under script(1), so the program gets a terminal fed from our stdin.</summary>
    public static Result WithTerminal(string terminalInput, string executable, params string[] arguments) =>
        From(ChildProcess.RunWithTerminal(terminalInput, executable, arguments));

    private static Result From(ChildProcessResult result) => new(result.ExitCode, result.StandardOutput, result.StandardError);
}
