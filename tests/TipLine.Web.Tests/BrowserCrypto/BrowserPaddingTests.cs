using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TipLine.Crypto.Padding;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>The browser pads and unpads exactly as TipLine.Crypto.Padding does, in one shot and streaming.</summary>
public sealed class BrowserPaddingTests
{
    // 4 MiB + 1 is the first size here whose padding (~128 KiB) spans several of the stream's 64 KiB padding slices.
    public static TheoryData<int> Lengths => new() { 0, 1, 2, 100, 4096, 65535, 65536, 100000, (4 * 1024 * 1024) + 1 };

    public static TheoryData<int, int> StreamingCases => new()
    {
        { 0, 1 },
        { 1, 1 },
        { 2, 1 },
        { 100, 7 },
        { 4096, 4096 },
        { 100000, 1000 },
        { 100000, 65536 },
        { (4 * 1024 * 1024) + 1, 65536 },
        { (4 * 1024 * 1024) + 1, 100003 },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void One_shot_padding_equals_PlaintextPadding_Pad(int length)
    {
        var data = RandomNumberGenerator.GetBytes(length);

        var browser = ClientAppScripts.RunSuccessfully("padding.mjs", ["pad"], data);

        Assert.Equal(PlaintextPadding.Pad(data), browser);
    }

    [Theory]
    [MemberData(nameof(StreamingCases))]
    public void Streaming_padding_equals_one_shot_padding_whatever_the_slices(int length, int slice)
    {
        var data = RandomNumberGenerator.GetBytes(length);

        var streamed = ClientAppScripts.RunSuccessfully("padding.mjs", ["pad-stream", Slice(slice)], data);

        Assert.Equal(PlaintextPadding.Pad(data), streamed);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Data_ending_in_the_marker_and_zeros_survives_padding_and_unpadding_both_ways(int length)
    {
        // The worst case for a streaming unpadder: the data itself ends like padding does.
        var data = RandomNumberGenerator.GetBytes(length);
        if (length >= 3)
        {
            data[^3] = PlaintextPadding.Marker;
            data[^2] = 0;
            data[^1] = 0;
        }

        var padded = PlaintextPadding.Pad(data);

        Assert.Equal(data, ClientAppScripts.RunSuccessfully("padding.mjs", ["unpad"], padded));
        Assert.Equal(data, ClientAppScripts.RunSuccessfully("padding.mjs", ["unpad-stream", Slice(1000)], padded));
        Assert.Equal(padded, ClientAppScripts.RunSuccessfully("padding.mjs", ["pad-stream", Slice(3)], data));
    }

    [Theory]
    [MemberData(nameof(StreamingCases))]
    public void Streaming_unpadding_of_a_server_padded_plaintext_gives_the_data(int length, int slice)
    {
        var data = RandomNumberGenerator.GetBytes(length);
        using var padded = new MemoryStream();
        using (var padding = new PaddingWriteStream(padded, leaveOpen: true))
        {
            padding.Write(data);
        }

        var browser = ClientAppScripts.RunSuccessfully("padding.mjs", ["unpad-stream", Slice(slice)], padded.ToArray());

        Assert.Equal(data, browser);
    }

    public static TheoryData<string> Malformations => new() { "no-marker", "marker-not-last-non-zero", "one-zero-too-many", "one-zero-too-few" };

    [Theory]
    [MemberData(nameof(Malformations))]
    public void Malformed_padding_is_refused_by_both_unpadders(string malformation)
    {
        var data = RandomNumberGenerator.GetBytes(1000);
        data[^1] = 0x42; // so the data's own end cannot be read as padding
        var padded = PlaintextPadding.Pad(data);
        byte[] malformed = malformation switch
        {
            "no-marker" => data,
            "marker-not-last-non-zero" => [.. padded[..^1], 0x01],
            "one-zero-too-many" => [.. padded, 0x00],
            "one-zero-too-few" => padded[..^1],
            _ => throw new ArgumentOutOfRangeException(nameof(malformation)),
        };
        Assert.Throws<MalformedPaddingException>(() => PlaintextPadding.Unpad(malformed)); // malformed for the server too

        foreach (var mode in new[] { "unpad", "unpad-stream" })
        {
            var result = ClientAppScripts.Run("padding.mjs", [mode, Slice(64)], malformed);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("MalformedPaddingError", result.StandardError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Padme_buckets_agree_with_PaddedLength_up_to_and_beyond_2_GiB()
    {
        var lengths = new List<long> { 0, 1, 2, 3, 4, 5, 7, 8, 9, 255, 256, 257, 1023, 1024, 1025 };
        for (var exponent = 11; exponent <= 44; exponent++)
        {
            var power = 1L << exponent;
            lengths.AddRange([power - 2, power - 1, power, power + 1, power + (power / 3)]);
        }

        lengths.AddRange([2L * 1024 * 1024 * 1024, (2L * 1024 * 1024 * 1024) + 12345]);
        var input = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(lengths));

        var browser = ClientAppScripts.RunForJson("padding.mjs", ["lengths"], input).EnumerateArray().Select(e => e.GetInt64()).ToList();

        Assert.Equal(lengths.Select(PaddedLength.ForData).ToList(), browser);
    }

    private static string Slice(int bytes) => bytes.ToString(CultureInfo.InvariantCulture);
}
