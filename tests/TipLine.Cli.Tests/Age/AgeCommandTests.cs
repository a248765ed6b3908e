using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Cli.Tests.Age;

public sealed class AgeCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly X25519Identity identity = X25519Identity.Generate();
    private readonly string keyFile;

    public AgeCommandTests()
    {
        keyFile = temp.File("key.txt");
        File.WriteAllText(keyFile, $"# created: test\n# public key: {identity.Recipient}\n{identity.ToSecretString()}\n");
    }

    public void Dispose()
    {
        identity.Dispose();
        temp.Dispose();
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(65536, false)]
    [InlineData(200_001, true)]
    public async Task Encrypt_then_decrypt_through_stdin_and_stdout(int size, bool armor)
    {
        var plaintext = Plain(size);
        var args = new List<string> { "age", "-r", identity.Recipient.ToString() };
        if (armor)
        {
            args.Add("-a");
        }

        var encrypted = await InProcessCli.RunAsync(plaintext, [.. args]);
        Assert.Equal(0, encrypted.ExitCode);
        Assert.Equal(armor, encrypted.Text.StartsWith("-----BEGIN AGE ENCRYPTED FILE-----", StringComparison.Ordinal));
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(encrypted.StandardOutput, [identity]));

        var decrypted = await InProcessCli.RunAsync(encrypted.StandardOutput, "age", "--decrypt", "-i", keyFile);
        Assert.Equal(0, decrypted.ExitCode);
        Assert.Equal(plaintext, decrypted.StandardOutput);
    }

    [Fact]
    public async Task Files_and_recipients_files_with_several_recipients()
    {
        using var other = X25519Identity.Generate();
        var recipients = temp.File("recipients.txt");
        await File.WriteAllTextAsync(recipients, $"# the team\n{other.Recipient}\n");
        var input = temp.File("in.bin");
        var plaintext = Plain(300_000);
        await File.WriteAllBytesAsync(input, plaintext);
        var output = temp.File("in.bin.age");

        var result = await InProcessCli.RunAsync(null, "age", "-e", "-r", identity.Recipient.ToString(), "-R", recipients, "-o", output, input);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        var file = await File.ReadAllBytesAsync(output);
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [identity]));
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [other]));

        var decryptedPath = temp.File("out.bin");
        var decrypted = await InProcessCli.RunAsync(null, "age", "-d", "-i", keyFile, "-o", decryptedPath, output);
        Assert.Equal(0, decrypted.ExitCode);
        Assert.Equal(plaintext, await File.ReadAllBytesAsync(decryptedPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(decryptedPath));
        }

    }

    [Fact]
    public async Task Identity_file_can_serve_as_recipient_when_encrypting()
    {
        var encrypted = await InProcessCli.RunAsync("hello"u8.ToArray(), "age", "-i", keyFile);
        Assert.Equal(0, encrypted.ExitCode);
        Assert.Equal("hello"u8.ToArray(), AgeDecryptor.Decrypt(encrypted.StandardOutput, [identity]));
    }

    [Theory]
    [InlineData(1, "age", "-r", "age1notarecipient")]
    [InlineData(1, "age", "-r", "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")]
    [InlineData(1, "age", "-R", "/nonexistent/recipients.txt")]
    [InlineData(1, "age", "-d", "-i", "/nonexistent/key.txt")]
    [InlineData(2, "age", "--bogus")]
    [InlineData(2, "age")]
    [InlineData(2, "age", "-e", "-d", "-i", "x")]
    [InlineData(2, "age", "-p", "-r", "age1x")]
    [InlineData(2, "age", "-d", "-r", "age1x")]
    [InlineData(2, "nonsense-verb")]
    public async Task Bad_command_lines_fail_with_one_clear_error_line(int expectedCode, params string[] args)
    {
        var result = await InProcessCli.RunAsync([], args);
        Assert.Equal(expectedCode, result.ExitCode);
        Assert.StartsWith("tipline: error: ", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("GFPYYSJZ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_file_is_an_error()
    {
        var result = await InProcessCli.RunAsync(null, "age", "-r", identity.Recipient.ToString(), temp.File("missing.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_key_fails_and_leaves_no_output_file()
    {
        using var stranger = X25519Identity.Generate();
        var strangerKey = temp.File("stranger.txt");
        await File.WriteAllTextAsync(strangerKey, stranger.ToSecretString() + "\n");
        var input = temp.File("secret.age");
        await File.WriteAllBytesAsync(input, AgeEncryptor.Encrypt(Plain(1000), [identity.Recipient]));
        var output = temp.File("secret.txt");

        var result = await InProcessCli.RunAsync(null, "age", "-d", "-i", strangerKey, "-o", output, input);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("tipline: error: No identity matched any of the file's recipients.\n", result.StandardError);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Corruption_late_in_the_file_leaves_no_partial_plaintext()
    {
        var plaintext = Plain(5 * 65536);
        var file = AgeEncryptor.Encrypt(plaintext, [identity.Recipient]);
        file[^100] ^= 1;
        var input = temp.File("corrupt.age");
        await File.WriteAllBytesAsync(input, file);
        var output = temp.File("plain.bin");

        var result = await InProcessCli.RunAsync(null, "age", "-d", "-i", keyFile, "-o", output, input);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("tipline: error: A payload chunk failed authentication", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(new[] { "corrupt.age", "key.txt" }, Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public async Task Failed_decryption_keeps_an_existing_output_file_intact()
    {
        var output = temp.File("existing.txt");
        await File.WriteAllTextAsync(output, "keep me");
        var result = await InProcessCli.RunAsync(Encoding.ASCII.GetBytes("not an age file\n"), "age", "-d", "-i", keyFile, "-o", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("keep me", await File.ReadAllTextAsync(output));
    }

    private static byte[] Plain(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }
}
