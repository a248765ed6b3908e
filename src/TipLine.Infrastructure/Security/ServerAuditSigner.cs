using TipLine.Application.Abstractions;
using TipLine.Crypto.Signing;

namespace TipLine.Infrastructure.Security;

/// <summary>Signs audit entry hashes with the server's Ed25519 key.</summary>
public sealed class ServerAuditSigner(Ed25519SigningKey key) : IAuditSigner
{
    public byte[] PublicKey => key.PublicKey;

    public byte[] Sign(ReadOnlySpan<byte> data) => key.Sign(data);
}

/// <summary>Checks audit signatures; Ed25519 via TipLine.Crypto, never throws on bad input.</summary>
public sealed class Ed25519AuditSignatureVerifier : IAuditSignatureVerifier
{
    public bool Verify(byte[] publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        Ed25519Verifier.Verify(publicKey, data, signature);
}
