using System.Text;
using TipLine.Crypto.Totp;

namespace TipLine.Crypto.Tests.Totp;

/// <summary>RFC 6238 appendix B vectors (SHA-1), plus the verification window and base32 round trips.</summary>
public sealed class TotpAuthenticatorTests
{
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_match_the_rfc_6238_vectors(long unixSeconds, string expected)
    {
        var step = TotpAuthenticator.TimeStepOf(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Assert.Equal(expected, TotpAuthenticator.CodeAt(RfcSecret, step, digits: 8));
        Assert.Equal(expected[2..], TotpAuthenticator.CodeAt(RfcSecret, step));
    }

    [Fact]
    public void A_code_is_accepted_one_step_either_side_and_refused_beyond()
    {
        var secret = TotpAuthenticator.GenerateSecret();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var step = TotpAuthenticator.TimeStepOf(now);
        Assert.Equal(step, TotpAuthenticator.Verify(secret, TotpAuthenticator.CodeAt(secret, step), now));
        Assert.Equal(step - 1, TotpAuthenticator.Verify(secret, TotpAuthenticator.CodeAt(secret, step - 1), now));
        Assert.Equal(step + 1, TotpAuthenticator.Verify(secret, TotpAuthenticator.CodeAt(secret, step + 1), now));
        Assert.Null(TotpAuthenticator.Verify(secret, TotpAuthenticator.CodeAt(secret, step - 2), now));
        Assert.Null(TotpAuthenticator.Verify(secret, TotpAuthenticator.CodeAt(secret, step + 2), now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("١٢٣٤٥٦")]
    public void Malformed_codes_are_refused(string? code) =>
        Assert.Null(TotpAuthenticator.Verify(TotpAuthenticator.GenerateSecret(), code, DateTimeOffset.UtcNow));

    [Fact]
    public void A_code_typed_with_a_space_is_accepted()
    {
        var secret = TotpAuthenticator.GenerateSecret();
        var now = DateTimeOffset.UtcNow;
        var code = TotpAuthenticator.CodeAt(secret, TotpAuthenticator.TimeStepOf(now));
        Assert.NotNull(TotpAuthenticator.Verify(secret, code[..3] + " " + code[3..], now));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_matches_rfc_4648_and_round_trips(string text, string encoded)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        Assert.Equal(encoded, Base32.Encode(bytes));
        Assert.True(Base32.TryDecode(encoded.ToLowerInvariant(), out var decoded));
        Assert.Equal(bytes, decoded);
    }

    [Fact]
    public void Base32_refuses_characters_outside_its_alphabet() => Assert.False(Base32.TryDecode("MZXW1", out _));

    [Fact]
    public void The_provisioning_uri_carries_the_secret_issuer_and_parameters()
    {
        var uri = TotpAuthenticator.ProvisioningUri(RfcSecret, "TipLine NGO", "amina@example.org");
        Assert.Equal(
            "otpauth://totp/TipLine%20NGO:amina%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=TipLine%20NGO&algorithm=SHA1&digits=6&period=30",
            uri);
    }
}
