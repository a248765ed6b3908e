using System.Text;
using TipLine.Crypto.Age;
using TipLine.Testing.Environment;

namespace TipLine.Crypto.Tests.Age.Interop;

/// <summary>TipLine and the reference age CLI read each other's files.</summary>
public sealed class AgeCliInteropTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public static TheoryData<int, bool> SizesAndArmor()
    {
        var data = new TheoryData<int, bool>();
        foreach (var size in new[] { 0, 1, 65535, 65536, 65537, 10 * 1024 * 1024 })
        {
            data.Add(size, false);
            data.Add(size, true);
        }

        return data;
    }

    public void Dispose() => temp.Dispose();

    [AgeCliTheory]
    [MemberData(nameof(SizesAndArmor))]
    public void Age_decrypts_what_TipLine_encrypts(int size, bool armor)
    {
        using var identity = X25519Identity.Generate();
        var keyFile = WriteKeyFile(identity);
        var plaintext = AgeTestData.Plaintext(size);
        var encrypted = temp.File("tipline.age");
        using (var file = File.Create(encrypted))
        using (var writer = AgeEncryptor.CreateEncryptingStream(file, [identity.Recipient], armor))
        {
            // Array writes of many chunks take the two-core sealing path; the remainder goes through the span path.
            var split = plaintext.Length * 3 / 4;
            writer.Write(plaintext, 0, split);
            writer.Write(plaintext.AsSpan(split));
        }

        var result = AgeCli.Age(null, "-d", "-i", keyFile, encrypted);
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(plaintext, result.StandardOutput);
    }

    [AgeCliTheory]
    [MemberData(nameof(SizesAndArmor))]
    public void TipLine_decrypts_what_age_encrypts(int size, bool armor)
    {
        var (keyFile, recipient) = AgeKeygen();
        var plaintext = AgeTestData.Plaintext(size);
        var arguments = new List<string> { "-r", recipient };
        if (armor)
        {
            arguments.Add("-a");
        }

        var result = AgeCli.Age(plaintext, [.. arguments]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(armor, result.StandardOutput.AsSpan().StartsWith("-----BEGIN AGE ENCRYPTED FILE-----"u8));

        using var identity = X25519Identity.Parse(SecretLine(keyFile));
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(result.StandardOutput, [identity]));
    }

    [AgeCliFact]
    public async Task TipLine_streams_a_file_age_encrypted_to_a_recipients_file_with_several_recipients()
    {
        var (keyFile1, recipient1) = AgeKeygen();
        using var ours = X25519Identity.Generate();
        var recipientsFile = temp.File("recipients.txt");
        File.WriteAllText(recipientsFile, $"# team\n{recipient1}\n{ours.Recipient}\n");
        var plaintext = AgeTestData.Plaintext((3 * 65536) + 17);
        var input = temp.File("plain.bin");
        File.WriteAllBytes(input, plaintext);
        var output = temp.File("plain.bin.age");
        var result = AgeCli.Age(null, "-R", recipientsFile, "-o", output, input);
        Assert.True(result.ExitCode == 0, result.StandardError);

        foreach (var identity in new[] { X25519Identity.Parse(SecretLine(keyFile1)), ours })
        {
            await using var file = File.OpenRead(output);
            using var decrypted = new MemoryStream();
            await AgeDecryptor.DecryptAsync(file, decrypted, [identity]);
            Assert.Equal(plaintext, decrypted.ToArray());
        }
    }

    [AgeCliFact]
    public void Age_decrypts_TipLine_file_for_several_recipients_with_any_of_their_keys()
    {
        using var a = X25519Identity.Generate();
        var (keyFileB, recipientB) = AgeKeygen();
        var plaintext = AgeTestData.Plaintext(100_000);
        var encrypted = temp.File("multi.age");
        File.WriteAllBytes(encrypted, AgeEncryptor.Encrypt(plaintext, [a.Recipient, X25519Recipient.Parse(recipientB)]));

        foreach (var keyFile in new[] { WriteKeyFile(a), keyFileB })
        {
            var result = AgeCli.Age(null, "-d", "-i", keyFile, encrypted);
            Assert.True(result.ExitCode == 0, result.StandardError);
            Assert.Equal(plaintext, result.StandardOutput);
        }
    }

    [AgeCliFact]
    public void Age_keygen_identities_parse_to_the_same_recipient()
    {
        var (keyFile, recipient) = AgeKeygen();
        using var identity = X25519Identity.Parse(SecretLine(keyFile));
        Assert.Equal(recipient, identity.Recipient.ToString());
        var converted = AgeCli.Keygen("-y", keyFile);
        Assert.Equal(recipient, Encoding.ASCII.GetString(converted.StandardOutput).Trim());
    }

    [AgeCliFact]
    public void Age_decrypts_a_TipLine_passphrase_file_through_a_terminal()
    {
        var plaintext = AgeTestData.Plaintext(70_000);
        var encrypted = temp.File("pass.age");
        File.WriteAllBytes(encrypted, AgeEncryptor.Encrypt(plaintext, [new ScryptRecipient("tipline test passphrase", workFactor: 12)], armor: true));
        var output = temp.File("pass.out");

        var result = AgeCli.AgeWithPassphrase("tipline test passphrase\n", "-d", "-o", output, encrypted);
        Assert.True(result.ExitCode == 0, result.StandardError + Encoding.UTF8.GetString(result.StandardOutput));
        Assert.Equal(plaintext, File.ReadAllBytes(output));

        var wrong = AgeCli.AgeWithPassphrase("not the passphrase\n", "-d", "-o", temp.File("wrong.out"), encrypted);
        Assert.NotEqual(0, wrong.ExitCode);
    }

    [AgeCliFact]
    public void TipLine_decrypts_an_age_passphrase_file_made_through_a_terminal()
    {
        var plaintext = AgeTestData.Plaintext(70_000);
        var input = temp.File("plain.bin");
        File.WriteAllBytes(input, plaintext);
        var encrypted = temp.File("plain.age");

        var result = AgeCli.AgeWithPassphrase("age made this\nage made this\n", "-p", "-o", encrypted, input);
        Assert.True(result.ExitCode == 0, result.StandardError + Encoding.UTF8.GetString(result.StandardOutput));
        var file = File.ReadAllBytes(encrypted);
        Assert.Contains("-> scrypt ", Encoding.ASCII.GetString(file, 0, 200), StringComparison.Ordinal);

        Assert.Equal(plaintext, AgeDecryptor.Decrypt(file, [new ScryptIdentity("age made this")]));
        Assert.Equal(AgeError.NoMatchingIdentity, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new ScryptIdentity("nope")])).Error);
    }

    private (string KeyFile, string Recipient) AgeKeygen()
    {
        var keyFile = temp.File($"key-{Guid.NewGuid():N}.txt");
        var result = AgeCli.Keygen("-o", keyFile);
        Assert.True(result.ExitCode == 0, result.StandardError);
        var recipient = File.ReadAllLines(keyFile).Single(l => l.StartsWith("# public key: ", StringComparison.Ordinal))["# public key: ".Length..];
        return (keyFile, recipient);
    }

    private static string SecretLine(string keyFile) =>
        File.ReadAllLines(keyFile).Single(l => l.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal));

    private string WriteKeyFile(X25519Identity identity)
    {
        var path = temp.File($"tipline-key-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, $"# public key: {identity.Recipient}\n{identity.ToSecretString()}\n");
        return path;
    }
}
