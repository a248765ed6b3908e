using TipLine.Cli.Commands;

namespace TipLine.Cli.Age;

/// <summary>
/// Gets a passphrase from TIPLINE_PASSPHRASE (for scripts) or, like age, from the controlling terminal with echo off,
/// never from stdin, which carries the data.
/// </summary>
internal static class PassphraseSource
{
    public const string EnvironmentVariable = "TIPLINE_PASSPHRASE";

    public static string Get(bool confirm)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var passphrase = ReadFromTerminal("Enter passphrase: ");
        if (confirm && passphrase != ReadFromTerminal("Confirm passphrase: "))
        {
            throw new AgeUsageException("passphrases didn't match.");
        }

        if (passphrase.Length == 0)
        {
            throw new AgeUsageException("empty passphrase.");
        }

        return passphrase;
    }

    private static string ReadFromTerminal(string prompt) =>
        TerminalSecret.Read(prompt)
        ?? throw new AgeUsageException($"no terminal to read a passphrase from; set {EnvironmentVariable} instead.");
}
