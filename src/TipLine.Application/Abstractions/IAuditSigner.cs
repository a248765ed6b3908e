namespace TipLine.Application.Abstractions;

/// <summary>Signs audit entry hashes with the server's audit key (Ed25519 in production); the key never leaves the implementation.</summary>
public interface IAuditSigner
{
    /// <summary>The public half, stored with exports so anyone can verify the log without the server.</summary>
    byte[] PublicKey { get; }

    byte[] Sign(ReadOnlySpan<byte> data);
}
