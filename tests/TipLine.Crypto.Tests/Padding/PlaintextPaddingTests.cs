using TipLine.Crypto.Padding;

namespace TipLine.Crypto.Tests.Padding;

public sealed class PlaintextPaddingTests
{
    public static TheoryData<int> BoundarySizes()
    {
        var sizes = new TheoryData<int>();
        foreach (var size in new[] { 0, 1, 2, 3, 6, 7, 8, 9, 15, 16, 17, 63, 64, 65, 103, 104, 1023, 1024, 1087, 1088, 65535, 65536, 65537 })
        {
            sizes.Add(size);
        }

        return sizes;
    }

    [Theory]
    [MemberData(nameof(BoundarySizes))]
    public void Pad_then_unpad_round_trips_and_lands_on_the_bucket(int size)
    {
        var data = new byte[size];
        Random.Shared.NextBytes(data);

        var padded = PlaintextPadding.Pad(data);

        Assert.Equal(PaddedLength.ForData(size), padded.Length);
        Assert.Equal(0x80, padded[size]);
        Assert.All(padded[(size + 1)..], b => Assert.Equal(0, b));
        Assert.Equal(data, PlaintextPadding.Unpad(padded));
    }

    [Fact]
    public void Data_that_itself_ends_in_marker_and_zeros_round_trips()
    {
        byte[] data = [1, 2, 0x80, 0, 0, 0x80, 0, 0, 0];

        Assert.Equal(data, PlaintextPadding.Unpad(PlaintextPadding.Pad(data)));
    }

    [Fact]
    public void Unpad_rejects_malformed_padding()
    {
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad([]));
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad(new byte[16]));
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad([1, 2, 3]));
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad([1, 0x80, 0, 1]));

        // A correct marker but more zeros than the bucket has: not what Pad writes.
        var padded = PlaintextPadding.Pad(new byte[100]);
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad([.. padded, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad(padded[..^1]));
    }
}
