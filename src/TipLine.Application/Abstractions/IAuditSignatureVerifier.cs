namespace TipLine.Application.Abstractions;

/// <summary>Checks an audit signature against a public key; the counterpart of <see cref="IAuditSigner"/>.</summary>
public interface IAuditSignatureVerifier
{
    bool Verify(byte[] publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature);
}
