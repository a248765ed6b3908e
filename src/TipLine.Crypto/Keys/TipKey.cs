using TipLine.Crypto.Age;

namespace TipLine.Crypto.Keys;

/// <summary>
/// The per-tip key TK: every piece of a tip is an age file to TK's recipient, and TK's private key is wrapped to each
/// authorised holder (channel recipients, the whistleblower, escrow). Routing adds a wrap, revoking deletes one; nothing is re-encrypted.
/// </summary>
public static class TipKey
{
    /// <summary>A fresh tip key.</summary>
    public static X25519Identity Generate() => X25519Identity.Generate();

    /// <summary>An age file to <paramref name="holder"/> whose plaintext is the tip key's AGE-SECRET-KEY-1 line.</summary>
    public static byte[] WrapFor(X25519Identity tipKey, IAgeRecipient holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return WrappedIdentity.Wrap(tipKey, [holder]);
    }

    /// <summary>Opens a wrap made by <see cref="WrapFor"/>; throws <see cref="KeyUnlockException"/> when it is not for <paramref name="holder"/>.</summary>
    public static X25519Identity Unwrap(ReadOnlySpan<byte> wrap, IAgeIdentity holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return WrappedIdentity.Unwrap(wrap, [holder]);
    }
}
