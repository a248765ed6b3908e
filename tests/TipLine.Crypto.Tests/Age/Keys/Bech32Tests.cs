using TipLine.Crypto.Age;

namespace TipLine.Crypto.Tests.Age.Keys;

public sealed class Bech32Tests
{
    [Theory]
    [InlineData("A12UEL5L")]
    [InlineData("a12uel5l")]
    [InlineData("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")]
    public void Decodes_bip173_valid_vectors(string text)
    {
        Assert.True(Bech32.TryDecode(text, out _, out _));
    }

    [Theory]
    [InlineData("A1G7SGD8")] // checksum computed with uppercase HRP
    [InlineData("a12UEL5L")] // mixed case
    [InlineData("1nwldj5")] // empty HRP
    [InlineData("a12uel5m")] // wrong checksum
    [InlineData("")]
    public void Rejects_bip173_invalid_vectors(string text)
    {
        Assert.False(Bech32.TryDecode(text, out _, out _));
        Assert.Throws<FormatException>(() => Bech32.Decode(text));
    }

    [Fact]
    public void Round_trips_arbitrary_data_longer_than_the_bip173_limit()
    {
        var data = AgeTestData.RandomBytes(100);
        var text = Bech32.Encode("age1test", data);
        Assert.True(text.Length > 90);
        var (hrp, decoded) = Bech32.Decode(text);
        Assert.Equal("age1test", hrp);
        Assert.Equal(data, decoded);
    }

    [Fact]
    public void Flipping_one_character_breaks_the_checksum()
    {
        var text = Bech32.Encode("age", AgeTestData.RandomBytes(32));
        var flipped = text[..10] + (text[10] == 'q' ? 'p' : 'q') + text[11..];
        Assert.False(Bech32.TryDecode(flipped, out _, out _));
    }
}
