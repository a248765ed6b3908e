using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace TipLine.Crypto.Signing;

/// <summary>Verifies Ed25519 (RFC 8032) signatures.</summary>
public static class Ed25519Verifier
{
    /// <summary>True only for a valid signature of <paramref name="data"/> under <paramref name="publicKey"/>; false for any malformed input.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != Ed25519SigningKey.PublicKeyLength || signature.Length != Ed25519SigningKey.SignatureLength)
        {
            return false;
        }

        Ed25519PublicKeyParameters key;
        try
        {
            key = new Ed25519PublicKeyParameters(publicKey);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var verifier = new Ed25519Signer();
        verifier.Init(false, key);
        verifier.BlockUpdate(data);
        return verifier.VerifySignature(signature.ToArray());
    }
}
