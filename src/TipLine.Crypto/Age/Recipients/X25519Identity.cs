using System.Security.Cryptography;
using TipLine.Crypto.Age.Recipients;
using Rfc7748 = Org.BouncyCastle.Math.EC.Rfc7748;

namespace TipLine.Crypto.Age;

/// <summary>An "AGE-SECRET-KEY-1..." private key: opens X25519 stanzas addressed to its recipient.</summary>
public sealed class X25519Identity : IAgeIdentity, IDisposable
{
    private const string HumanReadablePart = "age-secret-key-";

    private readonly byte[] secretKey;
    private bool disposed;

    private X25519Identity(byte[] secretKey)
    {
        this.secretKey = secretKey;
        var publicKey = new byte[X25519Recipient.KeySize];
        Rfc7748.X25519.ScalarMultBase(secretKey, 0, publicKey, 0);
        Recipient = X25519Recipient.FromPublicKey(publicKey);
    }

    public X25519Recipient Recipient { get; }

    public static X25519Identity Generate() => new(RandomNumberGenerator.GetBytes(X25519Recipient.KeySize));

    public static X25519Identity FromSecretKey(ReadOnlySpan<byte> scalar32)
    {
        if (scalar32.Length != X25519Recipient.KeySize)
        {
            throw new AgeException(AgeError.InvalidIdentity, "An X25519 secret key is 32 bytes.");
        }

        return new X25519Identity(scalar32.ToArray());
    }

    public static X25519Identity Parse(string ageSecretKeyText)
    {
        if (ageSecretKeyText is null
            || !string.Equals(ageSecretKeyText, ageSecretKeyText.ToUpperInvariant(), StringComparison.Ordinal)
            || !Bech32.TryDecode(ageSecretKeyText, out var hrp, out var data)
            || hrp != HumanReadablePart || data.Length != X25519Recipient.KeySize)
        {
            throw new AgeException(AgeError.InvalidIdentity, "Not a valid age X25519 identity (expected uppercase \"AGE-SECRET-KEY-1...\").");
        }

        try
        {
            return new X25519Identity(data);
        }
        catch
        {
            CryptographicOperations.ZeroMemory(data);
            throw;
        }
    }

    public string ToSecretString()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Bech32.Encode(HumanReadablePart, secretKey).ToUpperInvariant();
    }

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        ObjectDisposedException.ThrowIf(disposed, this);
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != X25519Recipient.StanzaType)
            {
                continue;
            }

            var fileKey = UnwrapOne(stanza);
            if (fileKey is not null)
            {
                return fileKey;
            }
        }

        return null;
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(secretKey);
        disposed = true;
    }

    private byte[]? UnwrapOne(AgeStanza stanza)
    {
        if (stanza.Arguments.Count != 1)
        {
            throw new AgeException(AgeError.MalformedStanza, "An X25519 stanza has exactly one argument.");
        }

        var share = StanzaArguments.DecodeFixedLength(stanza.Arguments[0], X25519Recipient.KeySize, "The X25519 ephemeral share");
        if (stanza.Body.Length != FileKeyWrap.WrappedSize)
        {
            throw new AgeException(AgeError.MalformedStanza, "An X25519 stanza body is exactly 32 bytes.");
        }

        var sharedSecret = new byte[X25519Recipient.KeySize];
        var salt = new byte[2 * X25519Recipient.KeySize];
        Span<byte> wrapKey = stackalloc byte[32];
        try
        {
            // BouncyCastle reports an all-zero (low-order point) agreement as false; the spec says abort.
            if (!Rfc7748.X25519.CalculateAgreement(secretKey, 0, share, 0, sharedSecret, 0))
            {
                throw new AgeException(AgeError.MalformedStanza, "The X25519 ephemeral share is a low-order point.");
            }

            share.CopyTo(salt, 0);
            Recipient.PublicKeySpan.CopyTo(salt.AsSpan(X25519Recipient.KeySize));
            HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, wrapKey, salt, X25519Recipient.WrapInfo);
            return FileKeyWrap.TryUnwrap(wrapKey, stanza.Body);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sharedSecret);
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }
}
