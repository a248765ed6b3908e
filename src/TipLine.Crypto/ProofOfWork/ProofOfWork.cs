using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace TipLine.Crypto.ProofOfWork;

/// <summary>
/// Hashcash-style work over SHA-256: a nonce solves a challenge at difficulty d when
/// SHA-256(challenge ‖ nonce as 8 bytes big-endian) begins with at least d zero bits. The browser does the same
/// computation with @noble/hashes SHA-256 (no WebCrypto), so the byte order and bit order here are part of the wire protocol.
/// </summary>
public static class ProofOfWork
{
    public const int NonceLength = sizeof(ulong);

    /// <summary>SHA-256 has 256 bits; a difficulty above that could never be met.</summary>
    public const int MaximumDifficulty = SHA256.HashSizeInBits;

    /// <summary>Whether <paramref name="nonce"/> gives a hash with at least <paramref name="difficulty"/> leading zero bits.</summary>
    public static bool IsSolved(ReadOnlySpan<byte> challenge, ulong nonce, int difficulty)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(difficulty);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(difficulty, MaximumDifficulty);
        if (difficulty == 0)
        {
            return true;
        }

        Span<byte> input = challenge.Length <= 512 ? stackalloc byte[challenge.Length + NonceLength] : new byte[challenge.Length + NonceLength];
        challenge.CopyTo(input);
        BinaryPrimitives.WriteUInt64BigEndian(input[challenge.Length..], nonce);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, hash);
        return LeadingZeroBits(hash) >= difficulty;
    }

    /// <summary>The number of zero bits before the first one bit, reading bytes in order and each byte from its high bit.</summary>
    public static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var zeroBits = 0;
        foreach (var value in hash)
        {
            if (value != 0)
            {
                // LeadingZeroCount works on 32 bits; a byte sits in the low 8 of them.
                return zeroBits + BitOperations.LeadingZeroCount((uint)value) - 24;
            }

            zeroBits += 8;
        }

        return zeroBits;
    }

    /// <summary>
    /// Finds the smallest nonce that solves the challenge, by trying 0, 1, 2, ... Expected cost is 2^difficulty hashes,
    /// so this is for tests and load generators at modest difficulties, never for the server's request path.
    /// </summary>
    public static ulong Solve(ReadOnlySpan<byte> challenge, int difficulty, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(difficulty);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(difficulty, MaximumDifficulty);
        var input = new byte[challenge.Length + NonceLength];
        challenge.CopyTo(input);
        var nonceBytes = input.AsSpan(challenge.Length);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var nonce = 0UL;
        while (true)
        {
            // Checking the token costs far less than a hash, but there is no need to pay it every time.
            if ((nonce & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            BinaryPrimitives.WriteUInt64BigEndian(nonceBytes, nonce);
            SHA256.HashData(input, hash);
            if (LeadingZeroBits(hash) >= difficulty)
            {
                return nonce;
            }

            nonce++;
            if (nonce == 0)
            {
                throw new InvalidOperationException("No 64-bit nonce solves this challenge at this difficulty.");
            }
        }
    }
}
