using System.Diagnostics;
using System.Text;

namespace TipLine.Cli.Commands;

/// <summary>
/// Reads a secret line from the controlling terminal (/dev/tty) with echo off, as age does: never from standard
/// input, which may carry data, and never echoed to the screen.
/// </summary>
internal static class TerminalSecret
{
    /// <summary>The line typed after <paramref name="prompt"/>, or null when the process has no terminal.</summary>
    public static string? Read(string prompt)
    {
        FileStream terminal;
        try
        {
            terminal = new FileStream("/dev/tty", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
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
