using TipLine.Crypto.Padding;

namespace TipLine.Crypto.Tests.Padding;

public sealed class PaddedLengthTests
{
    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(1L, 1L)]
    [InlineData(7L, 7L)]
    [InlineData(9L, 10L)]
    [InlineData(17L, 18L)]
    [InlineData(100L, 104L)]
    [InlineData(1000L, 1024L)]
    [InlineData(1024L, 1024L)]
    [InlineData(1025L, 1088L)]
    [InlineData(1_000_000L, 1_015_808L)]
    [InlineData(50L * 1024 * 1024, 50L * 1024 * 1024)]
    [InlineData(50L * 1024 * 1024 + 1, 51L * 1024 * 1024)]
    public void Padme_matches_hand_computed_buckets(long length, long expected)
    {
        Assert.Equal(expected, PaddedLength.Padme(length));
    }

    [Fact]
    public void Buckets_are_never_smaller_overhead_stays_under_12_percent_and_buckets_are_stable()
    {
        var lengths = Enumerable.Range(1, 200_000).Select(i => (long)i)
            .Concat(Enumerable.Range(0, 2_000).Select(i => (long)(Random.Shared.NextDouble() * (1L << 40)) + 1));
        foreach (var length in lengths)
        {
            var padded = PaddedLength.Padme(length);
            Assert.True(padded >= length, $"bucket of {length} is {padded}");
            Assert.True(padded - length <= length * 0.12, $"bucket of {length} is {padded}");
            Assert.Equal(padded, PaddedLength.Padme(padded));
        }
    }

    [Fact]
    public void Buckets_hide_most_of_the_length()
    {
        // Between 1 MiB and 2 MiB only a handful of distinct ciphertext sizes remain.
        var buckets = new HashSet<long>();
        for (long length = 1 << 20; length < 2 << 20; length++)
        {
            buckets.Add(PaddedLength.ForData(length));
        }

        Assert.InRange(buckets.Count, 2, 33);
    }

    [Fact]
    public void ForData_reserves_room_for_the_marker()
    {
        for (long length = 0; length < 5000; length++)
        {
            Assert.True(PaddedLength.ForData(length) >= length + 1);
        }
    }
}
