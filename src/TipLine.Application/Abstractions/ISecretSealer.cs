namespace TipLine.Application.Abstractions;

/// <summary>
/// Seals small server-side secrets (TOTP seeds) with the Data Protection key ring, whose keys are encrypted to a
/// certificate kept outside the database: a database dump alone does not yield them.
/// </summary>
public interface ISecretSealer
{
    byte[] Seal(ReadOnlySpan<byte> secret);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the blob was not sealed by this key ring.</summary>
    byte[] Unseal(byte[] sealedSecret);
}
