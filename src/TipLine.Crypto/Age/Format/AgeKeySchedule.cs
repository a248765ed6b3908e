using System.Security.Cryptography;

namespace TipLine.Crypto.Age.Format;

/// <summary>The HKDF derivations of the age format: header MAC key and payload key from the file key.</summary>
internal static class AgeKeySchedule
{
    public const int FileKeySize = 16;
    public const int PayloadNonceSize = 16;
    public const int MacSize = 32;
    public const int KeySize = 32;

    private static readonly byte[] HeaderInfo = "header"u8.ToArray();
    private static readonly byte[] PayloadInfo = "payload"u8.ToArray();

    public static byte[] CreateFileKey() => RandomNumberGenerator.GetBytes(FileKeySize);

    /// <summary>HMAC-SHA256 under HKDF(file key, "header") over the header bytes up to and including "---".</summary>
    public static void ComputeHeaderMac(ReadOnlySpan<byte> fileKey, ReadOnlySpan<byte> macedHeader, Span<byte> mac)
    {
        Span<byte> macKey = stackalloc byte[KeySize];
        try
        {
            HKDF.DeriveKey(HashAlgorithmName.SHA256, fileKey, macKey, ReadOnlySpan<byte>.Empty, HeaderInfo);
            HMACSHA256.HashData(macKey, macedHeader, mac);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(macKey);
        }
    }

    public static void DerivePayloadKey(ReadOnlySpan<byte> fileKey, ReadOnlySpan<byte> nonce, Span<byte> payloadKey) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, fileKey, payloadKey, nonce, PayloadInfo);
}
