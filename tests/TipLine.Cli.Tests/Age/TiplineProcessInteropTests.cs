using System.Text;
using TipLine.Testing.Environment;

namespace TipLine.Cli.Tests.Age;

/// <summary>The built tipline executable and the reference age tools exchange keys and files both ways.</summary>
public sealed class TiplineProcessInteropTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [AgeCliTheory]
    [InlineData(0, false)]
    [InlineData(65537, false)]
    [InlineData(10 * 1024 * 1024, true)]
    public void Tipline_keys_and_files_work_with_age(int size, bool armor)
    {
        var keyFile = temp.File("tipline-key.txt");
        var keygen = ProcessRunner.Tipline(null, null, "age-keygen", "-o", keyFile);
        Assert.True(keygen.ExitCode == 0, keygen.StandardError);
        var recipient = Encoding.ASCII.GetString(ProcessRunner.AgeKeygen("-y", keyFile).StandardOutput).Trim();
        Assert.Contains(recipient, keygen.StandardError, StringComparison.Ordinal);

        var plaintext = Plain(size);
        var args = new List<string> { "age", "-r", recipient };
        if (armor)
        {
            args.Add("--armor");
        }

        var encrypted = ProcessRunner.Tipline(plaintext, null, [.. args]);
        Assert.True(encrypted.ExitCode == 0, encrypted.StandardError);
        var byAge = ProcessRunner.Age(encrypted.StandardOutput, "-d", "-i", keyFile);
        Assert.True(byAge.ExitCode == 0, byAge.StandardError);
        Assert.Equal(plaintext, byAge.StandardOutput);
    }

    [AgeCliTheory]
    [InlineData(1, false)]
    [InlineData(3 * 65536, true)]
    public void Age_keys_and_files_work_with_tipline(int size, bool armor)
    {
        var keyFile = temp.File("age-key.txt");
        Assert.Equal(0, ProcessRunner.AgeKeygen("-o", keyFile).ExitCode);
        var recipient = Encoding.ASCII.GetString(ProcessRunner.Tipline(null, null, "age-keygen", "-y", keyFile).StandardOutput).Trim();
        Assert.Equal(Encoding.ASCII.GetString(ProcessRunner.AgeKeygen("-y", keyFile).StandardOutput).Trim(), recipient);

        var plaintext = Plain(size);
        var input = temp.File("plain.bin");
        File.WriteAllBytes(input, plaintext);
        var encryptedPath = temp.File("plain.age");
        var ageArgs = new List<string> { "-r", recipient, "-o", encryptedPath };
        if (armor)
        {
            ageArgs.Add("-a");
        }

        ageArgs.Add(input);
        Assert.Equal(0, ProcessRunner.Age(null, [.. ageArgs]).ExitCode);

        var output = temp.File("decrypted.bin");
        var decrypted = ProcessRunner.Tipline(null, null, "age", "-d", "-i", keyFile, "-o", output, encryptedPath);
        Assert.True(decrypted.ExitCode == 0, decrypted.StandardError);
        Assert.Equal(plaintext, File.ReadAllBytes(output));
    }

    [AgeCliFact]
    public void Passphrase_from_environment_is_readable_by_age_through_a_terminal()
    {
        var plaintext = Plain(100_000);
        var environment = new Dictionary<string, string> { ["TIPLINE_PASSPHRASE"] = "env passphrase" };
        var encrypted = ProcessRunner.Tipline(plaintext, environment, "age", "-p");
        Assert.True(encrypted.ExitCode == 0, encrypted.StandardError);
        var path = temp.File("pass.age");
        File.WriteAllBytes(path, encrypted.StandardOutput);
        var output = temp.File("pass.out");

        var byAge = ProcessRunner.WithTerminal("env passphrase\n", TestEnvironment.AgeCliPath ?? "age", "-d", "-o", output, path);
        Assert.True(byAge.ExitCode == 0, byAge.StandardError + Encoding.UTF8.GetString(byAge.StandardOutput));
        Assert.Equal(plaintext, File.ReadAllBytes(output));
    }

    [AgeCliFact]
    public void Age_passphrase_file_opens_with_tipline_reading_the_terminal()
    {
        var plaintext = Plain(1000);
        var input = temp.File("plain.bin");
        File.WriteAllBytes(input, plaintext);
        var encrypted = temp.File("plain.age");
        var byAge = ProcessRunner.WithTerminal("terminal pass\nterminal pass\n", TestEnvironment.AgeCliPath ?? "age", "-p", "-o", encrypted, input);
        Assert.True(byAge.ExitCode == 0, byAge.StandardError + Encoding.UTF8.GetString(byAge.StandardOutput));

        var output = temp.File("out.bin");
        var byTipline = ProcessRunner.WithTerminal("terminal pass\n", ProcessRunner.TiplinePath, "age", "-d", "-o", output, encrypted);
        Assert.True(byTipline.ExitCode == 0, Encoding.UTF8.GetString(byTipline.StandardOutput));
        Assert.Equal(plaintext, File.ReadAllBytes(output));

        var wrong = ProcessRunner.WithTerminal("wrong pass\n", ProcessRunner.TiplinePath, "age", "-d", "-o", temp.File("wrong.bin"), encrypted);
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Contains("tipline: error: No identity matched", Encoding.UTF8.GetString(wrong.StandardOutput), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("wrong.bin")));
    }

    [AgeCliFact]
    public void Tipline_passphrase_prompt_on_the_terminal_asks_twice_and_age_decrypts()
    {
        var input = temp.File("plain.txt");
        File.WriteAllText(input, "tip about a pangolin shipment");
        var encrypted = temp.File("plain.age");
        var byTipline = ProcessRunner.WithTerminal("twice typed\ntwice typed\n", ProcessRunner.TiplinePath, "age", "-p", "-a", "-o", encrypted, input);
        var transcript = Encoding.UTF8.GetString(byTipline.StandardOutput);
        Assert.True(byTipline.ExitCode == 0, transcript);
        Assert.Contains("Confirm passphrase", transcript, StringComparison.Ordinal);
        // The pty echoes input typed ahead of the prompt; after the prompt echo must be off.
        var afterPrompt = transcript[transcript.IndexOf("Enter passphrase", StringComparison.Ordinal)..];
        Assert.DoesNotContain("twice typed", afterPrompt, StringComparison.Ordinal);

        var output = temp.File("out.txt");
        var byAge = ProcessRunner.WithTerminal("twice typed\n", TestEnvironment.AgeCliPath ?? "age", "-d", "-o", output, encrypted);
        Assert.True(byAge.ExitCode == 0, Encoding.UTF8.GetString(byAge.StandardOutput));
        Assert.Equal("tip about a pangolin shipment", File.ReadAllText(output));
    }

    [AgeCliFact]
    public void Corrupted_age_file_fails_in_both_tools_with_a_single_error_line()
    {
        var keyFile = temp.File("key.txt");
        ProcessRunner.AgeKeygen("-o", keyFile);
        var recipient = Encoding.ASCII.GetString(ProcessRunner.AgeKeygen("-y", keyFile).StandardOutput).Trim();
        var encrypted = ProcessRunner.Age(Plain(200_000), "-r", recipient).StandardOutput;
        encrypted[^10] ^= 0x40;

        Assert.NotEqual(0, ProcessRunner.Age(encrypted, "-d", "-i", keyFile).ExitCode);
        var result = ProcessRunner.Tipline(encrypted, null, "age", "-d", "-i", keyFile);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.StandardError.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("tipline: error: ", result.StandardError, StringComparison.Ordinal);
    }

    private static byte[] Plain(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }
}
