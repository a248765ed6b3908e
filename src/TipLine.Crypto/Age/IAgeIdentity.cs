namespace TipLine.Crypto.Age;

/// <summary>Something that can open files: unwraps the file key from one of the header stanzas.</summary>
public interface IAgeIdentity
{
    /// <summary>
    /// Returns the file key, or null when no stanza is for this identity.
    /// Throws <see cref="AgeException"/> for a stanza of this identity's type that is malformed.
    /// </summary>
    byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas);
}
