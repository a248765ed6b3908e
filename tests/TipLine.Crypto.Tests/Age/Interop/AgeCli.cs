using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Crypto.Tests.Age.Interop;

/// <summary>Runs the reference age CLI (and age-keygen) as a child process.</summary>
internal static class AgeCli
{
    public static ChildProcessResult Age(byte[]? standardInput, params string[] arguments) =>
        ChildProcess.Run(TestEnvironment.AgeCliPath ?? "age", standardInput, arguments);

    public static ChildProcessResult Keygen(params string[] arguments) =>
        ChildProcess.Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", null, arguments);

    /// <summary>age reads passphrases from the terminal only; script(1) gives it a pseudo-terminal fed from our stdin.</summary>
    public static ChildProcessResult AgeWithPassphrase(string passphraseInput, params string[] arguments) =>
        ChildProcess.RunWithTerminal(passphraseInput, TestEnvironment.AgeCliPath ?? "age", arguments);
}
