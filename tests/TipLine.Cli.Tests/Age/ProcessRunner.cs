using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Cli.Tests.Age;

/// <summary>Runs the built tipline executable, age and age-keygen as child processes.</summary>
internal static class ProcessRunner
{
    /// <summary>The tipline apphost copied next to the tests by the project reference.</summary>
    public static string TiplinePath => Path.Combine(AppContext.BaseDirectory, "tipline");

    public static ChildProcessResult Tipline(byte[]? standardInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ChildProcess.Run(TiplinePath, standardInput, arguments, environment);

    public static ChildProcessResult Age(byte[]? standardInput, params string[] arguments) =>
        ChildProcess.Run(TestEnvironment.AgeCliPath ?? "age", standardInput, arguments);

    public static ChildProcessResult AgeKeygen(params string[] arguments) =>
        ChildProcess.Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", null, arguments);

    /// <summary>Runs a command line under script(1), so the program gets a terminal fed from our stdin.</summary>
    public static ChildProcessResult WithTerminal(string terminalInput, string executable, params string[] arguments) =>
        ChildProcess.RunWithTerminal(terminalInput, executable, arguments);
}
