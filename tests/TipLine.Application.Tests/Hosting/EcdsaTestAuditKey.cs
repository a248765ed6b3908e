using System.Security.Cryptography;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Tests.Hosting;

/// <summary>
/// A real signature scheme behind the algorithm-agnostic audit interfaces; P-256 from the platform because only
/// TipLine.Crypto may use BouncyCastle's Ed25519.
/// </summary>
public sealed class EcdsaTestAuditKey : IAuditSigner, IAuditSignatureVerifier, IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] PublicKey => key.ExportSubjectPublicKeyInfo();

    public byte[] Sign(ReadOnlySpan<byte> data) => key.SignData(data, HashAlgorithmName.SHA256);

    public bool Verify(byte[] publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        using var verifier = ECDsa.Create();
        verifier.ImportSubjectPublicKeyInfo(publicKey, out _);
        return verifier.VerifyData(data, signature, HashAlgorithmName.SHA256);
    }

    public void Dispose() => key.Dispose();
}
