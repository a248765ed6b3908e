using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TipLine.Crypto.ProofOfWork;

/// <summary>
/// Mints and checks stateless proof-of-work challenges, so the server remembers nothing about a challenge until it
/// is spent. Layout (58 bytes): version 0x01 ‖ purpose (1) ‖ expiry, Unix seconds (8, big-endian) ‖ random id (16)
/// ‖ HMAC-SHA256 under the codec's key over the 26 bytes before it (32). The key never leaves the process, so a
/// restart invalidates every outstanding challenge, which costs a client one more round of work at most.
/// </summary>
public sealed class ProofOfWorkChallengeCodec : IDisposable
{
    public const int KeyLength = 32;
    public const int IdLength = 16;
    public const int ChallengeLength = AuthenticatedLength + MacLength;
    private const byte Version = 1;
    private const int PurposeOffset = 1;
    private const int ExpiryOffset = 2;
    private const int IdOffset = 10;
    private const int AuthenticatedLength = IdOffset + IdLength;
    private const int MacLength = HMACSHA256.HashSizeInBytes;

    private readonly byte[] key;
    private bool disposed;

    /// <summary>Uses <paramref name="key"/> (32 bytes, copied) to authenticate challenges.</summary>
    public ProofOfWorkChallengeCodec(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"The challenge key must be {KeyLength} bytes.", nameof(key));
        }

        this.key = key.ToArray();
    }

    /// <summary>A codec under a fresh random key that exists only in this process's memory.</summary>
    public static ProofOfWorkChallengeCodec WithRandomKey()
    {
        Span<byte> key = stackalloc byte[KeyLength];
        RandomNumberGenerator.Fill(key);
        try
        {
            return new ProofOfWorkChallengeCodec(key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>A new challenge for <paramref name="purpose"/>, valid until <paramref name="expiresAtUnixSeconds"/>, with a fresh random id.</summary>
    public byte[] Mint(byte purpose, long expiresAtUnixSeconds)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var challenge = new byte[ChallengeLength];
        challenge[0] = Version;
        challenge[PurposeOffset] = purpose;
        BinaryPrimitives.WriteInt64BigEndian(challenge.AsSpan(ExpiryOffset, sizeof(long)), expiresAtUnixSeconds);
        RandomNumberGenerator.Fill(challenge.AsSpan(IdOffset, IdLength));
        HMACSHA256.HashData(key, challenge.AsSpan(0, AuthenticatedLength), challenge.AsSpan(AuthenticatedLength, MacLength));
        return challenge;
    }

    /// <summary>
    /// Reads a challenge this codec minted. False for a wrong length or version, or a MAC that does not match (any
    /// changed byte, or another process's key); the MAC is compared in constant time.
    /// </summary>
    public bool TryOpen(ReadOnlySpan<byte> challenge, out ProofOfWorkChallengeContents contents)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        contents = default;
        if (challenge.Length != ChallengeLength || challenge[0] != Version)
        {
            return false;
        }

        Span<byte> expectedMac = stackalloc byte[MacLength];
        HMACSHA256.HashData(key, challenge[..AuthenticatedLength], expectedMac);
        if (!CryptographicOperations.FixedTimeEquals(expectedMac, challenge.Slice(AuthenticatedLength, MacLength)))
        {
            return false;
        }

        contents = new ProofOfWorkChallengeContents(
            challenge[PurposeOffset],
            BinaryPrimitives.ReadInt64BigEndian(challenge.Slice(ExpiryOffset, sizeof(long))),
            BinaryPrimitives.ReadUInt128BigEndian(challenge.Slice(IdOffset, IdLength)));
        return true;
    }

    public void Dispose()
    {
        if (!disposed)
        {
            CryptographicOperations.ZeroMemory(key);
            disposed = true;
        }
    }
}
