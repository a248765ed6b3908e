using System.Security.Cryptography;
using TipLine.Crypto.Age.Recipients;
using Rfc7748 = Org.BouncyCastle.Math.EC.Rfc7748;

namespace TipLine.Crypto.Age;

/// <summary>An "age1..." public key: wraps the file key with an ephemeral X25519 agreement.</summary>
public sealed class X25519Recipient : IAgeRecipient
{
    internal const string StanzaType = "X25519";
    internal const string HumanReadablePart = "age";
    internal const int KeySize = 32;
    internal static readonly byte[] WrapInfo = "age-encryption.org/v1/X25519"u8.ToArray();

    private readonly byte[] publicKey;

    private X25519Recipient(byte[] publicKey)
    {
        this.publicKey = publicKey;
    }

    public bool MustBeAlone => false;

    /// <summary>A copy of the 32-byte Curve25519 public key.</summary>
#pragma warning disable CA1819 // returns a fresh copy by design
    public byte[] PublicKey => (byte[])publicKey.Clone();
#pragma warning restore CA1819

    internal ReadOnlySpan<byte> PublicKeySpan => publicKey;

    public static X25519Recipient Parse(string age1Text)
    {
        if (!TryParse(age1Text, out var recipient))
        {
            throw new AgeException(AgeError.InvalidRecipient, "Not a valid age X25519 recipient (expected lowercase \"age1...\").");
        }

        return recipient!;
    }

    public static bool TryParse(string s, out X25519Recipient? r)
    {
        r = null;
        if (s is null || !string.Equals(s, s.ToLowerInvariant(), StringComparison.Ordinal)
            || !Bech32.TryDecode(s, out var hrp, out var data)
            || hrp != HumanReadablePart || data.Length != KeySize)
        {
            return false;
        }

        r = new X25519Recipient(data);
        return true;
    }

    internal static X25519Recipient FromPublicKey(byte[] publicKey) => new(publicKey);

    public override string ToString() => Bech32.Encode(HumanReadablePart, publicKey);

    public IReadOnlyList<AgeStanza> Wrap(ReadOnlySpan<byte> fileKey)
    {
        var ephemeralSecret = RandomNumberGenerator.GetBytes(KeySize);
        var ephemeralShare = new byte[KeySize];
        var sharedSecret = new byte[KeySize];
        var salt = new byte[2 * KeySize];
        Span<byte> wrapKey = stackalloc byte[32];
        try
        {
            Rfc7748.X25519.ScalarMultBase(ephemeralSecret, 0, ephemeralShare, 0);
            if (!Rfc7748.X25519.CalculateAgreement(ephemeralSecret, 0, publicKey, 0, sharedSecret, 0))
            {
                throw new AgeException(AgeError.InvalidRecipient, "The recipient is a low-order point.");
            }

            ephemeralShare.CopyTo(salt, 0);
            publicKey.CopyTo(salt, KeySize);
            HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, wrapKey, salt, WrapInfo);
            var body = FileKeyWrap.Wrap(wrapKey, fileKey);
            return [new AgeStanza(StanzaType, [AgeBase64.EncodeUnpadded(ephemeralShare)], body)];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(ephemeralSecret);
            CryptographicOperations.ZeroMemory(sharedSecret);
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }
}
