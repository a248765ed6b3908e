using System.Buffers.Binary;
using System.Security.Cryptography;
using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Format;

namespace TipLine.Crypto.Tests.Age;

/// <summary>Builds age files chunk by chunk so tests can produce exactly the malformed payloads they need.</summary>
internal static class CraftedAgeFile
{
    public static byte[] Header(byte[] fileKey, IReadOnlyList<AgeStanza> stanzas) => AgeHeaderWriter.Write(stanzas, fileKey);

    /// <summary>Header for <paramref name="recipient"/> plus the given chunks, each sealed with its index and flag.</summary>
    public static byte[] Build(byte[] fileKey, IReadOnlyList<AgeStanza> stanzas, params (byte[] Plain, bool Last)[] chunks)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        using var output = new MemoryStream();
        output.Write(Header(fileKey, stanzas));
        output.Write(nonce);
        for (var i = 0; i < chunks.Length; i++)
        {
            output.Write(SealChunk(fileKey, nonce, (ulong)i, chunks[i].Plain, chunks[i].Last));
        }

        return output.ToArray();
    }

    public static byte[] SealChunk(byte[] fileKey, byte[] payloadNonce, ulong counter, byte[] plain, bool last)
    {
        var key = new byte[32];
        AgeKeySchedule.DerivePayloadKey(fileKey, payloadNonce, key);
        using var aead = new ChaCha20Poly1305(key);
        var nonce = new byte[12];
        BinaryPrimitives.WriteUInt64BigEndian(nonce.AsSpan(3, 8), counter);
        nonce[11] = last ? (byte)1 : (byte)0;
        var sealedChunk = new byte[plain.Length + 16];
        aead.Encrypt(nonce, plain, sealedChunk.AsSpan(0, plain.Length), sealedChunk.AsSpan(plain.Length));
        return sealedChunk;
    }

    /// <summary>Offset of the first payload byte (after header and 16-byte nonce) in a binary age file.</summary>
    public static int PayloadOffset(byte[] file)
    {
        var macLine = file.AsSpan().IndexOf("\n---"u8) + 1;
        var end = file.AsSpan(macLine).IndexOf((byte)'\n') + macLine + 1;
        return end + 16;
    }

    public static int HeaderLength(byte[] file) => PayloadOffset(file) - 16;
}
