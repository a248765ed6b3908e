namespace TipLine.Crypto.Keys;

/// <summary>A wrapped key could not be unlocked; <see cref="Error"/> says whether the secret was wrong or the wrap damaged.</summary>
public sealed class KeyUnlockException : Exception
{
    public KeyUnlockException()
        : this(KeyUnlockError.WrongSecret, "The key could not be unlocked.")
    {
    }

    public KeyUnlockException(string message)
        : this(KeyUnlockError.WrongSecret, message)
    {
    }

    public KeyUnlockException(string message, Exception innerException)
        : this(KeyUnlockError.WrongSecret, message, innerException)
    {
    }

    public KeyUnlockException(KeyUnlockError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    public KeyUnlockError Error { get; }
}
