using System.Diagnostics;
using System.Text;

namespace TipLine.Testing.Processes;

/// <summary>Runs a program as a child process for tests that check real command-line tools (tipline, age, age-keygen).</summary>
public static class ChildProcess
{
    /// <summary>Long enough for a slow CI machine, short enough that a program waiting on input fails the test instead of hanging it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="executable"/> with exactly these arguments (no shell), writes <paramref name="standardInput"/>
    /// then closes it, and waits for the exit. <paramref name="environment"/> adds or overrides variables on top of ours.
    /// </summary>
    public static ChildProcessResult Run(
        string executable,
        byte[]? standardInput,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(executable);
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);

        // Both pipes drain while we write stdin, so a program that answers as it reads cannot block on a full pipe.
        using var standardOutput = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(standardOutput);
        var readErr = process.StandardError.ReadToEndAsync();
        try
        {
            if (standardInput is not null)
            {
                process.StandardInput.BaseStream.Write(standardInput);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program may stop reading early (e.g. on a bad header); its exit code and stderr are what the test checks.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(executable + " did not finish.");
        }

        copyOut.GetAwaiter().GetResult();
        return new ChildProcessResult(process.ExitCode, standardOutput.ToArray(), readErr.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Runs a command line under script(1), so the program gets a pseudo-terminal fed from <paramref name="terminalInput"/>:
    /// for tools such as age that read passphrases from the terminal only.
    /// </summary>
    public static ChildProcessResult RunWithTerminal(string terminalInput, string executable, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(terminalInput);
        ArgumentNullException.ThrowIfNull(arguments);
        var command = string.Join(' ', new[] { executable }.Concat(arguments).Select(QuoteForShell));
        return Run("/usr/bin/script", Encoding.UTF8.GetBytes(terminalInput), ["-qec", command, "/dev/null"]);
    }

    private static string QuoteForShell(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
