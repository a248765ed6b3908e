using System.Diagnostics;
using TipLine.Testing.Environment;

namespace TipLine.Crypto.Tests.Age.Interop;

/// <summary>Runs the reference age CLI (and age-keygen) as a child process.</summary>
internal static class AgeCli
{
    public sealed record Result(int ExitCode, byte[] StandardOutput, string StandardError);

    public static Result Age(byte[]? standardInput, params string[] arguments) =>
        Run(TestEnvironment.AgeCliPath ?? "age", standardInput, arguments);

    public static Result Keygen(params string[] arguments) =>
        Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", null, arguments);

    /// <summary>age reads passphrases from the terminal only; script(1) gives it a pseudo-terminal fed from our stdin.</summary>
    public static Result AgeWithPassphrase(string passphraseInput, params string[] arguments)
    {
        var command = string.Join(' ', new[] { TestEnvironment.AgeCliPath ?? "age" }.Concat(arguments).Select(Quote));
        return Run("/usr/bin/script", System.Text.Encoding.UTF8.GetBytes(passphraseInput), ["-qec", command, "/dev/null"]);
    }

    public static Result Run(string executable, byte[]? standardInput, IReadOnlyList<string> arguments)
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
            // The tool may exit before reading all input (e.g. on a bad header); its exit code tells the story.
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
