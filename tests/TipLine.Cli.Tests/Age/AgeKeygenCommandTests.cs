using System.Text;
using System.Text.RegularExpressions;
using TipLine.Crypto.Age;

namespace TipLine.Cli.Tests.Age;

public sealed partial class AgeKeygenCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Prints_an_identity_file_in_age_keygen_format()
    {
        var result = await InProcessCli.RunAsync(null, "age-keygen");
        Assert.Equal(0, result.ExitCode);
        var match = KeyFileFormat().Match(result.Text);
        Assert.True(match.Success, result.Text);
        using var identity = X25519Identity.Parse(match.Groups["secret"].Value);
        Assert.Equal(match.Groups["public"].Value, identity.Recipient.ToString());
    }

    [Fact]
    public async Task Output_file_is_private_and_never_overwritten()
    {
        var path = temp.File("key.txt");
        var result = await InProcessCli.RunAsync(null, "age-keygen", "-o", path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Public key: age1", result.StandardError, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        var original = await File.ReadAllTextAsync(path);

        var again = await InProcessCli.RunAsync(null, "age-keygen", "-o", path);
        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("tipline: error: ", again.StandardError, StringComparison.Ordinal);
        Assert.Equal(original, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Minus_y_converts_identities_from_stdin_or_file_to_recipients()
    {
        using var a = X25519Identity.Generate();
        using var b = X25519Identity.Generate();
        var file = $"# comment\n{a.ToSecretString()}\n\n{b.ToSecretString()}\n";
        var fromStdin = await InProcessCli.RunAsync(Encoding.ASCII.GetBytes(file), "age-keygen", "-y");
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal($"{a.Recipient}\n{b.Recipient}\n", fromStdin.Text);

        var path = temp.File("ids.txt");
        await File.WriteAllTextAsync(path, file);
        var fromFile = await InProcessCli.RunAsync(null, "age-keygen", "-y", path);
        Assert.Equal(fromStdin.Text, fromFile.Text);
    }

    [Fact]
    public async Task Minus_y_rejects_a_bad_identity_without_echoing_it()
    {
        var secretLooking = "AGE-SECRET-KEY-1NOTAVALIDKEYBUTLOOKSSECRET";
        var result = await InProcessCli.RunAsync(Encoding.ASCII.GetBytes(secretLooking + "\n"), "age-keygen", "-y");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("tipline: error: ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(secretLooking, result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Unknown_flag_is_a_usage_error()
    {
        var result = await InProcessCli.RunAsync(null, "age-keygen", "--bogus");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tipline: error: unknown flag", result.StandardError, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\A# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\n# public key: (?<public>age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58})\n(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\n\z")]
    private static partial Regex KeyFileFormat();
}
