using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Crypto.Tests.Keys;

/// <summary>Runs the reference age CLI on temporary files and returns its standard output bytes.</summary>
internal static class AgeCliProcess
{
    public static byte[] Run(string executable, IReadOnlyList<string> arguments, byte[]? standardInput = null)
    {
        var result = ChildProcess.Run(executable, standardInput, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} exited with {result.ExitCode}: {result.StandardError}");
        }

        return result.StandardOutput;
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
