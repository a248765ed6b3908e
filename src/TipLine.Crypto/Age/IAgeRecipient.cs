namespace TipLine.Crypto.Age;

/// <summary>Someone a file is encrypted to: wraps the 16-byte file key into header stanzas.</summary>
public interface IAgeRecipient
{
    /// <summary>True for password (scrypt-like) stanzas, which must be the only stanza of a file.</summary>
    bool MustBeAlone { get; }

    IReadOnlyList<AgeStanza> Wrap(ReadOnlySpan<byte> fileKey);
}
