using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age.Format;

public sealed class HeaderParsingTests : IDisposable
{
    private readonly X25519Identity identity = X25519Identity.Generate();
    private readonly byte[] fileKey = AgeTestData.RandomBytes(16);

    public void Dispose() => identity.Dispose();

    [Theory]
    [InlineData("age-encryption.org/v2\n-> X25519 abc\n\n--- abc\n", AgeError.UnsupportedVersion)]
    [InlineData("not an age file at all\n", AgeError.MalformedHeader)]
    [InlineData("", AgeError.MalformedHeader)]
    [InlineData("age-encryption.org/v1", AgeError.MalformedHeader)]
    [InlineData("age-encryption.org/v1\r\n-> X25519 abc\n\n--- abc\n", AgeError.MalformedHeader)]
    [InlineData("age-encryption.org/v1\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n", AgeError.MalformedHeader)]
    [InlineData("age-encryption.org/v1\nsomething else\n", AgeError.MalformedHeader)]
    [InlineData("age-encryption.org/v1\n-> X25519  abc\n\n", AgeError.MalformedStanza)]
    [InlineData("age-encryption.org/v1\n-> \n\n", AgeError.MalformedStanza)]
    [InlineData("age-encryption.org/v1\n-> X25519 abc\n", AgeError.MalformedStanza)]
    [InlineData("age-encryption.org/v1\n-> X25519 abc\nAAAA=\n", AgeError.NonCanonicalBase64)]
    public void Malformed_headers_are_rejected_with_the_right_error(string header, AgeError expected)
    {
        var error = Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(Encoding.ASCII.GetBytes(header), [identity]));
        Assert.Equal(expected, error.Error);
    }

    [Fact]
    public void Flipping_a_mac_character_gives_mac_mismatch()
    {
        var file = AgeEncryptor.Encrypt("hello"u8, [identity.Recipient]);
        var macStart = file.AsSpan().IndexOf("\n--- "u8) + 5;
        file[macStart] = (byte)(file[macStart] == 'A' ? 'B' : 'A');
        Assert.Equal(AgeError.HeaderMacMismatch, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [Fact]
    public void Editing_an_unknown_stanza_breaks_the_mac()
    {
        var stanzas = identity.Recipient.Wrap(fileKey).Append(new AgeStanza("grease", ["x"], [1, 2, 3])).ToList();
        var file = CraftedAgeFile.Build(fileKey, stanzas, ("hi"u8.ToArray(), true));
        Assert.Equal("hi"u8.ToArray(), AgeDecryptor.Decrypt(file, [identity]));
        var edited = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(file, 0, CraftedAgeFile.HeaderLength(file)).Replace("-> grease x", "-> grease y", StringComparison.Ordinal))
            .Concat(file.Skip(CraftedAgeFile.HeaderLength(file))).ToArray();
        Assert.Equal(AgeError.HeaderMacMismatch, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(edited, [identity])).Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(47)]
    [InlineData(48)]
    [InlineData(96)]
    [InlineData(100)]
    public void Unknown_stanzas_with_bodies_on_line_boundaries_are_skipped(int bodyLength)
    {
        var stanzas = new List<AgeStanza> { new("future-type", ["arg1", "arg2"], AgeTestData.RandomBytes(bodyLength)) };
        stanzas.AddRange(identity.Recipient.Wrap(fileKey));
        var file = CraftedAgeFile.Build(fileKey, stanzas, ("payload"u8.ToArray(), true));
        Assert.Equal("payload"u8.ToArray(), AgeDecryptor.Decrypt(file, [identity]));
    }

    [Fact]
    public void Body_line_longer_than_64_columns_is_malformed()
    {
        var file = BuildWithGrease(60, text => ReplaceFirstBodyBreak(text));
        Assert.Equal(AgeError.MalformedStanza, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [Fact]
    public void Full_body_line_without_final_short_line_is_rejected()
    {
        // A 48-byte body is one 64-column line followed by an empty line; dropping the empty line must not parse.
        var file = BuildWithGrease(48, text => text.Replace("\n\n-> X25519", "\n-> X25519", StringComparison.Ordinal));
        Assert.Equal(AgeError.NonCanonicalBase64, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [Fact]
    public void Non_canonical_base64_in_an_x25519_argument_is_rejected()
    {
        var stanza = identity.Recipient.Wrap(fileKey)[0];
        var share = MakeNonCanonical(stanza.Arguments[0]);
        var file = CraftedAgeFile.Build(fileKey, [stanza with { Arguments = [share] }], ("x"u8.ToArray(), true));
        Assert.Equal(AgeError.NonCanonicalBase64, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [Fact]
    public void Non_canonical_base64_in_a_stanza_body_is_rejected()
    {
        var file = AgeEncryptor.Encrypt("x"u8, [identity.Recipient]);
        var text = Encoding.ASCII.GetString(file, 0, CraftedAgeFile.HeaderLength(file));
        var lines = text.Split('\n');
        lines[2] = MakeNonCanonical(lines[2]);
        var edited = Encoding.ASCII.GetBytes(string.Join('\n', lines)).Concat(file.Skip(CraftedAgeFile.HeaderLength(file))).ToArray();
        Assert.Equal(AgeError.NonCanonicalBase64, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(edited, [identity])).Error);
    }

    [Theory]
    [InlineData(2, 32)]
    [InlineData(0, 32)]
    [InlineData(1, 31)]
    [InlineData(1, 33)]
    public void Malformed_x25519_stanzas_are_rejected(int argumentCount, int bodyLength)
    {
        var share = identity.Recipient.Wrap(fileKey)[0].Arguments[0];
        var stanza = new AgeStanza("X25519", Enumerable.Repeat(share, argumentCount).ToArray(), AgeTestData.RandomBytes(bodyLength));
        var file = CraftedAgeFile.Build(fileKey, [stanza], ("x"u8.ToArray(), true));
        Assert.Equal(AgeError.MalformedStanza, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [Fact]
    public void Low_order_ephemeral_share_is_rejected()
    {
        var stanza = new AgeStanza("X25519", ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"], AgeTestData.RandomBytes(32));
        var file = CraftedAgeFile.Build(fileKey, [stanza], ("x"u8.ToArray(), true));
        Assert.Equal(AgeError.MalformedStanza, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
    }

    [Fact]
    public void Scrypt_stanza_next_to_another_stanza_is_rejected()
    {
        var stanzas = new ScryptRecipient("pw", 10).Wrap(fileKey).Concat(identity.Recipient.Wrap(fileKey)).ToList();
        var file = CraftedAgeFile.Build(fileKey, stanzas, ("x"u8.ToArray(), true));
        Assert.Equal(AgeError.ScryptNotAlone, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [identity])).Error);
        Assert.Equal(AgeError.ScryptNotAlone, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new ScryptIdentity("pw")])).Error);
    }

    [Theory]
    [InlineData("23", AgeError.ScryptWorkFactorTooHigh)]
    [InlineData("100", AgeError.ScryptWorkFactorTooHigh)]
    [InlineData("018", AgeError.MalformedStanza)]
    [InlineData("0", AgeError.MalformedStanza)]
    [InlineData("-1", AgeError.MalformedStanza)]
    [InlineData("1a", AgeError.MalformedStanza)]
    public void Scrypt_work_factor_is_checked_before_any_work(string workFactor, AgeError expected)
    {
        var stanza = new AgeStanza("scrypt", ["AAAAAAAAAAAAAAAAAAAAAA", workFactor], AgeTestData.RandomBytes(32));
        var file = CraftedAgeFile.Build(fileKey, [stanza], ("x"u8.ToArray(), true));
        Assert.Equal(expected, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new ScryptIdentity("pw")])).Error);
    }

    [Fact]
    public void Scrypt_limit_is_configurable()
    {
        var file = AgeEncryptor.Encrypt("x"u8, [new ScryptRecipient("pw", 12)]);
        Assert.Equal(AgeError.ScryptWorkFactorTooHigh, Assert.Throws<AgeException>(() => AgeDecryptor.Decrypt(file, [new ScryptIdentity("pw", maxWorkFactor: 11)])).Error);
        Assert.Equal("x"u8.ToArray(), AgeDecryptor.Decrypt(file, [new ScryptIdentity("pw", maxWorkFactor: 12)]));
    }

    private static string MakeNonCanonical(string base64)
    {
        // The last character of an unpadded 32-byte value carries 2 unused bits; setting one keeps the bytes but breaks canonicity.
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var value = alphabet.IndexOf(base64[^1], StringComparison.Ordinal);
        return base64[..^1] + alphabet[value | 1];
    }

    private static string ReplaceFirstBodyBreak(string text)
    {
        var grease = text.IndexOf("-> grease\n", StringComparison.Ordinal) + "-> grease\n".Length;
        var lineEnd = text.IndexOf('\n', grease);
        return text.Remove(lineEnd, 1);
    }

    private byte[] BuildWithGrease(int bodyLength, Func<string, string> edit)
    {
        var stanzas = new List<AgeStanza> { new("grease", [], AgeTestData.RandomBytes(bodyLength)) };
        stanzas.AddRange(identity.Recipient.Wrap(fileKey));
        var file = CraftedAgeFile.Build(fileKey, stanzas, ("x"u8.ToArray(), true));
        var headerLength = CraftedAgeFile.HeaderLength(file);
        var header = edit(Encoding.ASCII.GetString(file, 0, headerLength));
        return Encoding.ASCII.GetBytes(header).Concat(file.Skip(headerLength)).ToArray();
    }
}
