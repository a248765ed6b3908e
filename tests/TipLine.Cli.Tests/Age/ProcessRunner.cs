using System.Diagnostics;
using TipLine.Testing.Environment;

namespace TipLine.Cli.Tests.Age;

/// <summary>Runs the built tipline executable, age and age-keygen as child processes.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, byte[] StandardOutput, string StandardError);

    /// <summary>The tipline apphost copied next to the tests by the project reference.</summary>
    public static string TiplinePath => Path.Combine(AppContext.BaseDirectory, "tipline");

    public static Result Tipline(byte[]? standardInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(TiplinePath, standardInput, arguments, environment);

    public static Result Age(byte[]? standardInput, params string[] arguments) =>
        Run(TestEnvironment.AgeCliPath ?? "age", standardInput, arguments, null);

    public static Result AgeKeygen(params string[] arguments) =>
        Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", null, arguments, null);

    /// <summary>Runs a command line under script(1), so the program gets a terminal fed from our stdin.</summary>
    public static Result WithTerminal(string terminalInput, string executable, params string[] arguments)
    {
        var command = string.Join(' ', new[] { executable }.Concat(arguments).Select(Quote));
        return Run("/usr/bin/script", System.Text.Encoding.UTF8.GetBytes(terminalInput), ["-qec", command, "/dev/null"], null);
    }

    public static Result Run(string executable, byte[]? standardInput, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
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
            // The program may stop reading early on bad input; its exit code and stderr are what the test checks.
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(executable + " did not finish.");
        }

        copyOut.GetAwaiter().GetResult();
        return new Result(process.ExitCode, stdout.ToArray(), readErr.GetAwaiter().GetResult());
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
