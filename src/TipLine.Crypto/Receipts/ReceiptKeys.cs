using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Receipts;

/// <summary>
/// Keys derived from a receipt. Exact derivation (the browser must reproduce it byte for byte, e.g. hash-wasm argon2id):
/// <code>
/// okm = Argon2id(version 0x13, password = ASCII of the 28 receipt digits without separators,
///                salt = deployment salt (raw bytes, 16+), m = MemoryKiB, t = Iterations, p = Parallelism, tag length = 64)
/// whistleblower X25519 secret key = okm[0..32]   (age X25519 identity: AGE-SECRET-KEY-1 bech32 of these bytes)
/// lookup secret                   = okm[32..64]
/// lookup hash                     = SHA-256(lookup secret)   (the only value the server stores, with the public key)
/// </code>
/// </summary>
public sealed class ReceiptKeys : IDisposable
{
    public const int OutputLength = 64;
    public const int MinimumSaltLength = 16;

    private ReceiptKeys(X25519Identity identity, byte[] lookupHash)
    {
        WhistleblowerIdentity = identity;
        LookupHashBytes = lookupHash;
    }

    /// <summary>The whistleblower's age identity; opens their wraps of tip keys. Disposed with this object.</summary>
    public X25519Identity WhistleblowerIdentity { get; }

    /// <summary>The whistleblower's age recipient (public key), stored by the server.</summary>
    public X25519Recipient WhistleblowerRecipient => WhistleblowerIdentity.Recipient;

    /// <summary>SHA-256 of the lookup secret (32 bytes, a copy): the index under which the server finds the receipt's tips.</summary>
    public byte[] LookupHash => (byte[])LookupHashBytes.Clone();

    private byte[] LookupHashBytes { get; }

    /// <summary>Derives the keys of <paramref name="receipt"/> for this deployment.</summary>
    public static ReceiptKeys Derive(Receipt receipt, ReadOnlySpan<byte> deploymentSalt, Argon2idParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(parameters);
        if (deploymentSalt.Length < MinimumSaltLength)
        {
            throw new ArgumentException($"The deployment salt must be at least {MinimumSaltLength} bytes.", nameof(deploymentSalt));
        }

        var secret = Encoding.ASCII.GetBytes(receipt.Digits);
        byte[]? okm = null;
        try
        {
            okm = Argon2id.DeriveKey(secret, deploymentSalt, parameters, OutputLength);
            var identity = X25519Identity.FromSecretKey(okm.AsSpan(0, 32));
            var lookupHash = SHA256.HashData(okm.AsSpan(32, 32));
            return new ReceiptKeys(identity, lookupHash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
            if (okm is not null)
            {
                CryptographicOperations.ZeroMemory(okm);
            }
        }
    }

    /// <summary>Constant-time check of a stored lookup hash against this receipt's.</summary>
    public bool MatchesLookupHash(ReadOnlySpan<byte> storedLookupHash) =>
        CryptographicOperations.FixedTimeEquals(LookupHashBytes, storedLookupHash);

    /// <summary>The lookup hash of a lookup secret a browser derived (JavaScript on): SHA-256 of its 32 bytes.</summary>
    public static byte[] LookupHashOf(ReadOnlySpan<byte> lookupSecret)
    {
        if (lookupSecret.Length != 32)
        {
            throw new ArgumentException("The lookup secret is 32 bytes.", nameof(lookupSecret));
        }

        return SHA256.HashData(lookupSecret);
    }

    /// <summary>A fresh random deployment salt (32 bytes), generated once at install and kept in configuration.</summary>
    public static byte[] GenerateDeploymentSalt() => RandomNumberGenerator.GetBytes(32);

    public void Dispose() => WhistleblowerIdentity.Dispose();
}
