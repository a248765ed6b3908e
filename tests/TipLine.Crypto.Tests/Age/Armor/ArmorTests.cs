using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age.Armor;

public sealed class ArmorTests : IDisposable
{
    private readonly X25519Identity identity = X25519Identity.Generate();
    private readonly byte[] plaintext = AgeTestData.Plaintext(1000);

    public void Dispose() => identity.Dispose();

    [Fact]
    public void Armor_is_strict_pem_with_64_column_lines()
    {
        var text = Armored();
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("-----BEGIN AGE ENCRYPTED FILE-----", lines[0]);
        Assert.Equal("-----END AGE ENCRYPTED FILE-----", lines[^1]);
        Assert.All(lines[1..^2], line => Assert.Equal(64, line.Length));
        Assert.InRange(lines[^2].Length, 1, 64);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n\n  ", "")]
    [InlineData("", "\n\n \t")]
    [InlineData(" \r\n", "\r\n")]
    public void Surrounding_whitespace_is_accepted(string before, string after)
    {
        Assert.Equal(plaintext, Decrypt(before + Armored() + after));
    }

    [Fact]
    public void Crlf_line_endings_are_accepted()
    {
        Assert.Equal(plaintext, Decrypt(Armored().Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_final_newline_is_accepted()
    {
        Assert.Equal(plaintext, Decrypt(Armored().TrimEnd('\n')));
    }

    [Fact]
    public void Data_after_the_footer_is_rejected()
    {
        Assert.Equal(AgeError.MalformedArmor, Error(Armored() + "garbage\n"));
    }

    [Fact]
    public void Missing_footer_is_rejected()
    {
        var text = Armored();
        Assert.Equal(AgeError.MalformedArmor, Error(text[..text.IndexOf("-----END", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Lines_longer_than_64_columns_are_rejected()
    {
        var lines = Armored().Split('\n').ToList();
        lines[1] += lines[2][..4];
        lines[2] = lines[2][4..];
        Assert.Equal(AgeError.MalformedArmor, Error(string.Join('\n', lines)));
    }

    [Fact]
    public void Short_line_in_the_middle_is_rejected()
    {
        var lines = Armored().Split('\n').ToList();
        lines.Insert(2, lines[1][..4]);
        lines[1] = lines[1][4..] + lines[2 + 1][..4];
        lines[3] = lines[3][4..];
        Assert.Equal(AgeError.MalformedArmor, Error(string.Join('\n', lines)));
    }

    [Fact]
    public void Non_canonical_padding_is_rejected()
    {
        // Retry until the armored file's length is not a multiple of 3, so its last line carries padding.
        var length = 1000;
        var armored = Armored(length);
        while (!armored.TrimEnd('\n').Split('\n')[^2].EndsWith('='))
        {
            armored = Armored(--length);
        }

        var lines = armored.Split('\n').ToList();
        var last = lines[^3];
        var dataEnd = last.TrimEnd('=').Length - 1;
        Assert.True(last.EndsWith('='), "1000-byte file must need padding for this test");
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        lines[^3] = last[..dataEnd] + alphabet[alphabet.IndexOf(last[dataEnd], StringComparison.Ordinal) | 1] + last[(dataEnd + 1)..];
        Assert.Equal(AgeError.MalformedArmor, Error(string.Join('\n', lines)));
    }

    [Fact]
    public void Wrong_label_is_malformed_armor()
    {
        var text = Armored().Replace("AGE ENCRYPTED FILE", "AGE ENCRYPTED DATA", StringComparison.Ordinal);
        Assert.Equal(AgeError.MalformedArmor, Error(text));
    }

    private string Armored(int length = 1000) => Encoding.ASCII.GetString(AgeEncryptor.Encrypt(plaintext.AsSpan(0, length), [identity.Recipient], armor: true));

    private byte[] Decrypt(string text) => AgeDecryptor.Decrypt(Encoding.ASCII.GetBytes(text), [identity]);

    private AgeError Error(string text) => Assert.Throws<AgeException>(() => Decrypt(text)).Error;
}
