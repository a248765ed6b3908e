using System.Text;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>The leak search must find a planted value however a leaking script might have encoded it into a body.</summary>
public sealed class PlaintextNeedlesTests
{
    private const string Planted = "planted-en-0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_value_base64_encoded_inside_a_larger_document_is_found_at_any_offset(int bytesBefore)
    {
        var document = Encoding.UTF8.GetBytes(new string('{', bytesBefore) + Planted + "\"}");

        Assert.True(Contains(Encoding.ASCII.GetBytes(Convert.ToBase64String(document)), PlaintextNeedles.For("planted", Planted)));
        var urlSafe = Convert.ToBase64String(document).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        Assert.True(Contains(Encoding.ASCII.GetBytes(urlSafe), PlaintextNeedles.For("planted", Planted)));
    }

    [Fact]
    public void The_raw_value_is_found_and_unrelated_bytes_are_not_mistaken_for_it()
    {
        Assert.True(Contains(Encoding.UTF8.GetBytes("a body with " + Planted + " inside"), PlaintextNeedles.For("planted", Planted)));
        Assert.False(Contains(Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes("planted-en-ffff"))), PlaintextNeedles.For("planted", Planted)));
    }

    private static bool Contains(byte[] haystack, IEnumerable<(string Label, byte[] Bytes)> needles) =>
        needles.Any(needle => haystack.AsSpan().IndexOf(needle.Bytes) >= 0);
}
