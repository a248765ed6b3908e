namespace TipLine.Crypto.Age;

/// <summary>Why an age file was rejected; lets callers and tests tell failure classes apart.</summary>
public enum AgeError
{
    MalformedHeader,
    UnsupportedVersion,
    MalformedStanza,
    NonCanonicalBase64,
    HeaderMacMismatch,
    NoMatchingIdentity,
    ScryptNotAlone,
    ScryptWorkFactorTooHigh,
    MalformedPayload,
    PayloadAuthenticationFailed,
    TruncatedPayload,
    TrailingData,

    /// <summary>An empty final chunk is only allowed when the whole payload is empty.</summary>
    EmptyFinalChunk,
    MalformedArmor,
    InvalidRecipient,
    InvalidIdentity,
}
