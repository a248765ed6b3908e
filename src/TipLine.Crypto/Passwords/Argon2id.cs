using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace TipLine.Crypto.Passwords;

/// <summary>Argon2id (RFC 9106, version 0x13) key derivation on BouncyCastle.</summary>
public static class Argon2id
{
    /// <summary>Derives <paramref name="length"/> bytes from <paramref name="secret"/> and <paramref name="salt"/>.</summary>
    public static byte[] DeriveKey(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> salt, Argon2idParameters parameters, int length)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureValid();
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 4);
        if (salt.Length < 8)
        {
            throw new ArgumentException("Argon2id needs a salt of at least 8 bytes.", nameof(salt));
        }

        var argon2Parameters = new Argon2Parameters.Builder(Argon2Parameters.Argon2id)
            .WithVersion(Argon2Parameters.Version13)
            .WithSalt(salt.ToArray())
            .WithMemoryAsKB(parameters.MemoryKiB)
            .WithIterations(parameters.Iterations)
            .WithParallelism(parameters.Parallelism)
            .Build();
        var generator = new Argon2BytesGenerator();
        generator.Init(argon2Parameters);

        var secretCopy = secret.ToArray();
        var output = new byte[length];
        try
        {
            generator.GenerateBytes(secretCopy, output);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secretCopy);
            argon2Parameters.Clear();
        }

        return output;
    }
}
