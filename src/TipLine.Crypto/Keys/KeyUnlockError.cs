namespace TipLine.Crypto.Keys;

/// <summary>Why a wrapped private key could not be opened.</summary>
public enum KeyUnlockError
{
    /// <summary>The password, recovery key or holder identity does not open this wrap.</summary>
    WrongSecret,

    /// <summary>The wrap is damaged, tampered with, or not a key wrap at all.</summary>
    CorruptWrap,

    /// <summary>The wrap asks for Argon2id costs above what this server accepts.</summary>
    ParametersTooHigh,
}
