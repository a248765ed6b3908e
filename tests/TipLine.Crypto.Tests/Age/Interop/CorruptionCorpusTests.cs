using System.Text;
using TipLine.Crypto.Age;
using TipLine.Testing.Environment;

namespace TipLine.Crypto.Tests.Age.Interop;

/// <summary>The same corrupted files are refused by the reference age CLI and by TipLine.</summary>
public sealed class CorruptionCorpusTests : IDisposable
{
    private const int Chunk = AgeTestData.Chunk;
    private static readonly byte[] Plain = AgeTestData.Plaintext((3 * Chunk) + 100);

    private readonly TempDirectory temp = new();
    private readonly X25519Identity identity = X25519Identity.Generate();

    public static TheoryData<string> Corruptions() =>
    [
        "flip-mac", "flip-stanza-body", "flip-payload", "flip-nonce", "truncate-last-chunk", "truncate-at-chunk-boundary",
        "truncate-inside-header", "append-byte", "append-chunk-copy", "swap-chunks", "non-canonical-share",
        "empty-final-chunk", "no-last-flag", "unsupported-version", "armor-trailing-garbage",
        "armor-non-canonical", "armor-long-line", "stanza-double-space", "header-crlf",
    ];

    public void Dispose()
    {
        identity.Dispose();
        temp.Dispose();
    }

    [AgeCliTheory]
    [MemberData(nameof(Corruptions))]
    public void Age_and_TipLine_both_reject(string corruption)
    {
        var file = Corrupt(corruption);
        var keyFile = temp.File("key.txt");
        File.WriteAllText(keyFile, identity.ToSecretString() + "\n");
        var path = temp.File("corrupt.age");
        File.WriteAllBytes(path, file);

        var age = AgeCli.Age(null, "-d", "-i", keyFile, "-o", temp.File("out.bin"), path);
        Assert.True(age.ExitCode != 0, $"age accepted {corruption}");

        Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity]));
    }

    /// <summary>
    /// age 1.1 only enforces "scrypt must be alone" in its passphrase identity; TipLine refuses such a header
    /// for every identity, which is stricter but never accepts what age's passphrase path rejects.
    /// </summary>
    [AgeCliFact]
    public void Scrypt_next_to_x25519_is_rejected_by_age_passphrase_path_and_by_TipLine_always()
    {
        var file = Corrupt("scrypt-with-x25519");
        var path = temp.File("mixed.age");
        File.WriteAllBytes(path, file);
        var age = AgeCli.AgeWithPassphrase("pw\n", "-d", "-o", temp.File("mixed.out"), path);
        Assert.NotEqual(0, age.ExitCode);
        Assert.Equal(AgeError.ScryptNotAlone, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new ScryptIdentity("pw")])).Error);
        Assert.Equal(AgeError.ScryptNotAlone, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [AgeCliFact]
    public void The_uncorrupted_baseline_is_accepted_by_both()
    {
        var file = AgeEncryptor.Encrypt(Plain, [identity.Recipient]);
        var keyFile = temp.File("key.txt");
        File.WriteAllText(keyFile, identity.ToSecretString() + "\n");
        var path = temp.File("ok.age");
        File.WriteAllBytes(path, file);
        var age = AgeCli.Age(null, "-d", "-i", keyFile, path);
        Assert.Equal(0, age.ExitCode);
        Assert.Equal(Plain, age.StandardOutput);
        Assert.Equal(Plain, AgeDecryptor.Decrypt(file, [identity]));
    }

    private byte[] Corrupt(string corruption)
    {
        var file = AgeEncryptor.Encrypt(Plain, [identity.Recipient]);
        var header = CraftedAgeFile.HeaderLength(file);
        var payload = CraftedAgeFile.PayloadOffset(file);
        var fileKey = AgeTestData.RandomBytes(16);
        switch (corruption)
        {
            case "flip-mac":
                file[header - 5] = (byte)(file[header - 5] == 'A' ? 'B' : 'A');
                return file;
            case "flip-stanza-body":
                var body = file.AsSpan().IndexOf("\n"u8) + 1;
                body += file.AsSpan(body).IndexOf("\n"u8) + 3;
                file[body] = (byte)(file[body] == 'A' ? 'B' : 'A');
                return file;
            case "flip-payload":
                file[payload + Chunk + 40] ^= 1;
                return file;
            case "flip-nonce":
                file[payload - 3] ^= 1;
                return file;
            case "truncate-last-chunk":
                return file[..^50];
            case "truncate-at-chunk-boundary":
                return file[..(payload + (3 * (Chunk + 16)))];
            case "truncate-inside-header":
                return file[..(header / 2)];
            case "append-byte":
                return [.. file, 0x0a];
            case "append-chunk-copy":
                return [.. file, .. file.AsSpan(payload, Chunk + 16)];
            case "swap-chunks":
                var swapped = (byte[])file.Clone();
                file.AsSpan(payload, Chunk + 16).CopyTo(swapped.AsSpan(payload + Chunk + 16));
                file.AsSpan(payload + Chunk + 16, Chunk + 16).CopyTo(swapped.AsSpan(payload));
                return swapped;
            case "non-canonical-share":
                var stanza = identity.Recipient.Wrap(fileKey)[0];
                var share = stanza.Arguments[0];
                const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                share = share[..^1] + alphabet[alphabet.IndexOf(share[^1], StringComparison.Ordinal) | 1];
                return CraftedAgeFile.Build(fileKey, [stanza with { Arguments = [share] }], ("x"u8.ToArray(), true));
            case "scrypt-with-x25519":
                return CraftedAgeFile.Build(fileKey, [.. identity.Recipient.Wrap(fileKey), .. new ScryptRecipient("pw", 10).Wrap(fileKey)], ("x"u8.ToArray(), true));
            case "empty-final-chunk":
                return CraftedAgeFile.Build(fileKey, identity.Recipient.Wrap(fileKey), (AgeTestData.Plaintext(Chunk), false), ([], true));
            case "no-last-flag":
                return CraftedAgeFile.Build(fileKey, identity.Recipient.Wrap(fileKey), (AgeTestData.Plaintext(100), false));
            case "unsupported-version":
                return [.. "age-encryption.org/v2"u8, .. file.AsSpan("age-encryption.org/v1"u8.Length)];
            case "armor-trailing-garbage":
                return [.. AgeEncryptor.Encrypt(Plain, [identity.Recipient], armor: true), .. "junk\n"u8];
            case "armor-non-canonical":
                var armored = Encoding.ASCII.GetString(AgeEncryptor.Encrypt(Plain.AsSpan(0, 1000), [identity.Recipient], armor: true));
                var padding = armored.IndexOf('=', StringComparison.Ordinal);
                if (padding < 0)
                {
                    armored = Encoding.ASCII.GetString(AgeEncryptor.Encrypt(Plain.AsSpan(0, 999), [identity.Recipient], armor: true));
                    padding = armored.IndexOf('=', StringComparison.Ordinal);
                }

                var index = Base64Alphabet.IndexOf(armored[padding - 1], StringComparison.Ordinal);
                return Encoding.ASCII.GetBytes(armored[..(padding - 1)] + Base64Alphabet[index | 1] + armored[padding..]);
            case "armor-long-line":
                var text = Encoding.ASCII.GetString(AgeEncryptor.Encrypt(Plain.AsSpan(0, 1000), [identity.Recipient], armor: true));
                var firstBreak = text.IndexOf('\n', text.IndexOf('\n', StringComparison.Ordinal) + 1);
                return Encoding.ASCII.GetBytes(text.Remove(firstBreak, 1).Insert(text.LastIndexOf("\n-----END", StringComparison.Ordinal) - 1, "\n"));
            case "stanza-double-space":
                var s = Encoding.ASCII.GetString(file, 0, header).Replace("-> X25519 ", "-> X25519  ", StringComparison.Ordinal);
                return [.. Encoding.ASCII.GetBytes(s), .. file.AsSpan(header)];
            case "header-crlf":
                var crlf = Encoding.ASCII.GetString(file, 0, header).Replace("\n", "\r\n", StringComparison.Ordinal);
                return [.. Encoding.ASCII.GetBytes(crlf), .. file.AsSpan(header)];
            default:
                throw new ArgumentOutOfRangeException(nameof(corruption));
        }
    }

    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
}
