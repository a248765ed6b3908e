using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;

namespace TipLine.Crypto.Age.Recipients;

/// <summary>scrypt(P = passphrase, S = "age-encryption.org/v1/scrypt" || salt, N = 2^workFactor, r = 8, p = 1, 32 bytes).</summary>
internal static class ScryptWrapKey
{
    private static readonly byte[] Label = "age-encryption.org/v1/scrypt"u8.ToArray();

    public static byte[] Derive(string passphrase, ReadOnlySpan<byte> salt, int workFactor)
    {
        var password = System.Text.Encoding.UTF8.GetBytes(passphrase);
        var fullSalt = new byte[Label.Length + salt.Length];
        Label.CopyTo(fullSalt, 0);
        salt.CopyTo(fullSalt.AsSpan(Label.Length));
        try
        {
            return SCrypt.Generate(password, fullSalt, 1 << workFactor, 8, 1, 32);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }
    }
}
