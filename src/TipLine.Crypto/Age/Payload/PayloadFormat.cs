using System.Buffers.Binary;

namespace TipLine.Crypto.Age.Payload;

/// <summary>STREAM parameters of the age payload: 64 KiB chunks, nonce = 11-byte big-endian counter || last flag.</summary>
internal static class PayloadFormat
{
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int EncryptedChunkSize = ChunkSize + TagSize;
    public const int NonceSize = 12;

    public static void SetNonce(Span<byte> nonce, ulong counter, bool last)
    {
        nonce[..3].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(nonce[3..11], counter);
        nonce[11] = last ? (byte)1 : (byte)0;
    }
}
