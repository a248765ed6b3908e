using System.Diagnostics;
using System.Text;

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

    private static string ReadFromTerminal(string prompt)
    {
        FileStream terminal;
        try
        {
            terminal = new FileStream("/dev/tty", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AgeUsageException($"no terminal to read a passphrase from; set {EnvironmentVariable} instead.", e);
        }

        using (terminal)
        {
            terminal.Write(Encoding.UTF8.GetBytes(prompt));
            SetEcho(false);
            try
            {
                var bytes = new List<byte>();
                var one = new byte[1];
                while (terminal.Read(one) == 1 && one[0] != (byte)'\n')
                {
                    bytes.Add(one[0]);
                }

                return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            }
            finally
            {
                SetEcho(true);
                terminal.Write("\n"u8);
            }
        }
    }

    private static void SetEcho(bool on)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(on ? "stty echo < /dev/tty" : "stty -echo < /dev/tty");
        using var process = Process.Start(start);
        process?.WaitForExit();
    }
}
