using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace TipLine.Crypto.Signing;

/// <summary>An Ed25519 (RFC 8032) private key: signs intake records and audit entries.</summary>
public sealed class Ed25519SigningKey : IDisposable
{
    public const int PrivateKeyLength = 32;
    public const int PublicKeyLength = 32;
    public const int SignatureLength = 64;

    private readonly byte[] seed;
    private readonly byte[] publicKey;
    private bool disposed;

    private Ed25519SigningKey(byte[] seed)
    {
        this.seed = seed;
        publicKey = new Ed25519PrivateKeyParameters(seed).GeneratePublicKey().GetEncoded();
    }

    /// <summary>The 32-byte public key (a copy).</summary>
    public byte[] PublicKey => (byte[])publicKey.Clone();

    /// <summary>The public key as base64, for configuration files and verifiers.</summary>
    public string PublicKeyBase64 => Convert.ToBase64String(publicKey);

    /// <summary>A fresh key from the system CSPRNG.</summary>
    public static Ed25519SigningKey Generate() => new(RandomNumberGenerator.GetBytes(PrivateKeyLength));

    /// <summary>The key for a 32-byte RFC 8032 private key (seed).</summary>
    public static Ed25519SigningKey FromPrivateKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeyLength)
        {
            throw new ArgumentException($"An Ed25519 private key is {PrivateKeyLength} bytes.", nameof(privateKey));
        }

        return new Ed25519SigningKey(privateKey.ToArray());
    }

    /// <summary>The key for a base64 private key as written by <see cref="ExportPrivateKeyBase64"/>.</summary>
    public static Ed25519SigningKey FromBase64(string privateKeyBase64)
    {
        ArgumentNullException.ThrowIfNull(privateKeyBase64);
        var bytes = new byte[PrivateKeyLength + 3];
        try
        {
            if (!Convert.TryFromBase64String(privateKeyBase64.Trim(), bytes, out var written) || written != PrivateKeyLength)
            {
                throw new FormatException("The Ed25519 private key is not 32 bytes of base64.");
            }

            return FromPrivateKey(bytes.AsSpan(0, PrivateKeyLength));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>The private key as base64, to be stored as a secret (never logged).</summary>
    public string ExportPrivateKeyBase64()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Convert.ToBase64String(seed);
    }

    /// <summary>The 64-byte Ed25519 signature of <paramref name="data"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var signer = new Ed25519Signer();
        signer.Init(true, new Ed25519PrivateKeyParameters(seed));
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            CryptographicOperations.ZeroMemory(seed);
        }
    }
}
