using System.Buffers.Binary;
using System.Security.Cryptography;
using TipLine.Crypto.ProofOfWork;

namespace TipLine.Crypto.Tests.ProofOfWork;

public sealed class ProofOfWorkChallengeCodecTests
{
    private const long Expiry = 1_893_456_000; // 2030-01-01T00:00:00Z

    [Fact]
    public void A_minted_challenge_opens_to_its_purpose_expiry_and_id()
    {
        using var codec = ProofOfWorkChallengeCodec.WithRandomKey();

        var challenge = codec.Mint(purpose: 2, Expiry);

        Assert.Equal(58, challenge.Length);
        Assert.True(codec.TryOpen(challenge, out var contents));
        Assert.Equal(2, contents.Purpose);
        Assert.Equal(Expiry, contents.ExpiresAtUnixSeconds);
        Assert.Equal(BinaryPrimitives.ReadUInt128BigEndian(challenge.AsSpan(10, 16)), contents.Id);
    }

    [Fact]
    public void The_layout_is_version_purpose_big_endian_expiry_id_and_an_HMAC_SHA256_of_the_rest()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using var codec = new ProofOfWorkChallengeCodec(key);

        var challenge = codec.Mint(purpose: 1, 0x0102030405060708);

        Assert.Equal(1, challenge[0]);
        Assert.Equal(1, challenge[1]);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, challenge[2..10]);
        Assert.Equal(HMACSHA256.HashData(key, challenge[..26]), challenge[26..]);
    }

    [Fact]
    public void Every_challenge_gets_a_fresh_random_id()
    {
        using var codec = ProofOfWorkChallengeCodec.WithRandomKey();
        var ids = new HashSet<UInt128>();

        for (var i = 0; i < 1000; i++)
        {
            Assert.True(codec.TryOpen(codec.Mint(1, Expiry), out var contents));
            Assert.True(ids.Add(contents.Id), "a challenge id repeated");
        }
    }

    [Fact]
    public void Any_changed_byte_is_refused()
    {
        using var codec = ProofOfWorkChallengeCodec.WithRandomKey();
        var challenge = codec.Mint(1, Expiry);

        for (var i = 0; i < challenge.Length; i++)
        {
            foreach (var mask in new byte[] { 0x01, 0x80, 0xFF })
            {
                var tampered = (byte[])challenge.Clone();
                tampered[i] ^= mask;
                Assert.False(codec.TryOpen(tampered, out var contents), $"byte {i} changed by {mask:x2} was accepted");
                Assert.Equal(default, contents);
            }
        }
    }

    [Fact]
    public void A_shortened_lengthened_empty_or_foreign_challenge_is_refused()
    {
        using var codec = ProofOfWorkChallengeCodec.WithRandomKey();
        using var otherProcess = ProofOfWorkChallengeCodec.WithRandomKey();
        var challenge = codec.Mint(1, Expiry);

        Assert.False(codec.TryOpen(challenge[..^1], out _));
        Assert.False(codec.TryOpen([.. challenge, 0], out _));
        Assert.False(codec.TryOpen([], out _));
        Assert.False(otherProcess.TryOpen(challenge, out _));
        Assert.True(codec.TryOpen(challenge, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void A_key_that_is_not_32_bytes_is_refused(int length)
    {
        Assert.Throws<ArgumentException>(() => new ProofOfWorkChallengeCodec(new byte[length]));
    }

    [Fact]
    public void A_disposed_codec_can_no_longer_mint_or_open()
    {
        var codec = ProofOfWorkChallengeCodec.WithRandomKey();
        var challenge = codec.Mint(1, Expiry);
        codec.Dispose();

        Assert.Throws<ObjectDisposedException>(() => codec.Mint(1, Expiry));
        Assert.Throws<ObjectDisposedException>(() => codec.TryOpen(challenge, out _));
    }
}
