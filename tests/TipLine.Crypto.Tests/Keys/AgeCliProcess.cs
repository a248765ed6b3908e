using System.Diagnostics;
using TipLine.Testing.Environment;

namespace TipLine.Crypto.Tests.Keys;

/// <summary>Runs the reference age CLI on temporary files and returns its standard output bytes.</summary>
internal static class AgeCliProcess
{
    public static byte[] Run(string executable, IEnumerable<string> arguments, byte[]? standardInput = null)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var errorTask = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }

        process.StandardInput.Close();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        var error = errorTask.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} exited with {process.ExitCode}: {error}");
        }

        return output.ToArray();
    }

    /// <summary><c>age -d -i identityFile file</c> with the identity text and ciphertext written to a private temp directory.</summary>
    public static byte[] Decrypt(string identityText, byte[] ciphertext)
    {
        var directory = Directory.CreateTempSubdirectory("tipline-age-");
        try
        {
            var identityPath = Path.Combine(directory.FullName, "identity.txt");
            var cipherPath = Path.Combine(directory.FullName, "file.age");
            File.WriteAllText(identityPath, identityText + "\n");
            File.WriteAllBytes(cipherPath, ciphertext);
            return Run(TestEnvironment.AgeCliPath ?? "age", ["-d", "-i", identityPath, cipherPath]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary><c>age -r recipient</c> on standard input.</summary>
    public static byte[] EncryptTo(string recipient, byte[] plaintext) =>
        Run(TestEnvironment.AgeCliPath ?? "age", ["-r", recipient], plaintext);

    /// <summary>A fresh identity from <c>age-keygen</c>: (secret key line, recipient).</summary>
    public static (string Identity, string Recipient) GenerateWithAgeKeygen()
    {
        var output = System.Text.Encoding.ASCII.GetString(Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", []));
        var identity = output.Split('\n').Single(line => line.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal));
        var recipient = System.Text.Encoding.ASCII.GetString(Run(TestEnvironment.AgeKeygenPath ?? "age-keygen", ["-y"], System.Text.Encoding.ASCII.GetBytes(identity + "\n"))).Trim();
        return (identity, recipient);
    }
}
