using System.Security.Cryptography;

namespace TipLine.Crypto.Tests.Age;

/// <summary>Deterministic plaintexts of the sizes that sit on chunk boundaries.</summary>
internal static class AgeTestData
{
    public const int Chunk = 64 * 1024;

    public static byte[] Plaintext(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    public static byte[] RandomBytes(int size) => RandomNumberGenerator.GetBytes(size);
}
