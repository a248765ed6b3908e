using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PoW = TipLine.Crypto.ProofOfWork.ProofOfWork;

namespace TipLine.Crypto.Tests.ProofOfWork;

public sealed class ProofOfWorkTests
{
    private static readonly byte[] VectorChallenge = Encoding.ASCII.GetBytes("TipLine proof of work test vector");

    [Theory]
    [InlineData("", 0)]
    [InlineData("80", 0)]
    [InlineData("ff00", 0)]
    [InlineData("40", 1)]
    [InlineData("01", 7)]
    [InlineData("00ff", 8)]
    [InlineData("0080", 8)]
    [InlineData("0001", 15)]
    [InlineData("00008000", 16)]
    [InlineData("00007f", 17)]
    [InlineData("0000000080", 32)]
    [InlineData("0000000001", 39)]
    [InlineData("00000000", 32)]
    public void Leading_zero_bits_count_from_the_high_bit_of_the_first_byte(string hex, int expected)
    {
        Assert.Equal(expected, PoW.LeadingZeroBits(Convert.FromHexString(hex)));
    }

    [Fact]
    public void An_all_zero_hash_has_256_leading_zero_bits_and_a_single_one_bit_anywhere_stops_the_count()
    {
        var hash = new byte[32];
        Assert.Equal(256, PoW.LeadingZeroBits(hash));
        for (var bit = 0; bit < 256; bit++)
        {
            Array.Clear(hash);
            hash[bit / 8] = (byte)(0x80 >> (bit % 8));
            Assert.Equal(bit, PoW.LeadingZeroBits(hash));
        }
    }

    // Vectors computed independently with Python's hashlib: the smallest nonce whose
    // SHA-256(challenge ‖ nonce as 8 bytes big-endian) starts with that many zero bits.
    [Theory]
    [InlineData(8, 2UL)]
    [InlineData(16, 12683UL)]
    [InlineData(20, 216245UL)]
    public void Solve_finds_the_same_smallest_nonce_as_an_independent_implementation(int difficulty, ulong expectedNonce)
    {
        var nonce = PoW.Solve(VectorChallenge, difficulty, CancellationToken.None);

        Assert.Equal(expectedNonce, nonce);
        Assert.True(PoW.IsSolved(VectorChallenge, nonce, difficulty));
        Assert.False(PoW.IsSolved(VectorChallenge, nonce - 1, difficulty));
    }

    [Fact]
    public void The_nonce_is_hashed_big_endian_after_the_challenge()
    {
        // 12683 solves difficulty 16 only in big-endian order; little-endian would hash other bytes.
        var input = new byte[VectorChallenge.Length + 8];
        VectorChallenge.CopyTo(input, 0);
        BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(VectorChallenge.Length), 12683);
        var hash = SHA256.HashData(input);

        Assert.Equal("000062d4f741a0a2cc92d3909aec166ace3f37b3a5ae0944ab1c2c56f82c45a0", Convert.ToHexStringLower(hash));
        BinaryPrimitives.WriteUInt64LittleEndian(input.AsSpan(VectorChallenge.Length), 12683);
        Assert.True(PoW.LeadingZeroBits(SHA256.HashData(input)) < 16, "the little-endian reading must not also solve the vector");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(32)]
    public void IsSolved_accepts_exactly_the_nonces_whose_hash_has_enough_leading_zero_bits(int difficulty)
    {
        var challenge = RandomNumberGenerator.GetBytes(58);
        var input = new byte[challenge.Length + 8];
        challenge.CopyTo(input, 0);
        var solvedCount = 0;
        for (var nonce = 0UL; nonce < 4096; nonce++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(challenge.Length), nonce);
            var zeroBits = PoW.LeadingZeroBits(SHA256.HashData(input));
            var expected = zeroBits >= difficulty;
            solvedCount += expected ? 1 : 0;

            Assert.Equal(expected, PoW.IsSolved(challenge, nonce, difficulty));
            Assert.True(PoW.IsSolved(challenge, nonce, zeroBits));
            Assert.False(PoW.IsSolved(challenge, nonce, zeroBits + 1));
        }

        if (difficulty == 1)
        {
            // About half of all hashes start with a zero bit; both outcomes must really occur.
            Assert.InRange(solvedCount, 1500, 2600);
        }
    }

    [Fact]
    public void Difficulty_zero_accepts_every_nonce_and_the_full_hash_width_accepts_none_in_practice()
    {
        var challenge = RandomNumberGenerator.GetBytes(58);

        Assert.True(PoW.IsSolved(challenge, 0, 0));
        Assert.True(PoW.IsSolved(challenge, ulong.MaxValue, 0));
        Assert.Equal(0UL, PoW.Solve(challenge, 0, CancellationToken.None));
        Assert.False(PoW.IsSolved(challenge, 0, 256));
    }

    [Fact]
    public void A_solution_is_bound_to_its_challenge()
    {
        var challenge = RandomNumberGenerator.GetBytes(58);
        var nonce = PoW.Solve(challenge, 12, CancellationToken.None);
        Assert.True(PoW.IsSolved(challenge, nonce, 12));

        // Flipping one challenge byte leaves a 1 in 4096 chance that the nonce still solves it; over 58 bytes the
        // chance that every flipped challenge is still solved is negligible, so require most to fail.
        var stillSolved = 0;
        for (var i = 0; i < challenge.Length; i++)
        {
            var other = (byte[])challenge.Clone();
            other[i] ^= 0x01;
            stillSolved += PoW.IsSolved(other, nonce, 12) ? 1 : 0;
        }

        Assert.True(stillSolved <= 2, $"{stillSolved} altered challenges were still solved by the same nonce");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(257)]
    public void A_difficulty_outside_the_hash_width_is_refused(int difficulty)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoW.IsSolved([1, 2, 3], 0, difficulty));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoW.Solve([1, 2, 3], difficulty, CancellationToken.None));
    }

    [Fact]
    public void Solve_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        // 2^64 expected hashes: only cancellation ends this.
        Assert.ThrowsAny<OperationCanceledException>(() => PoW.Solve([1, 2, 3], 64, cancellation.Token));
    }
}
