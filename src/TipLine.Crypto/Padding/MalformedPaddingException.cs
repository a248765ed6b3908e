namespace TipLine.Crypto.Padding;

/// <summary>The padded plaintext does not end in a valid 0x80 0x00… block of the expected Padmé length.</summary>
public sealed class MalformedPaddingException : Exception
{
    public MalformedPaddingException()
        : base("The plaintext padding is malformed.")
    {
    }

    public MalformedPaddingException(string message)
        : base(message)
    {
    }

    public MalformedPaddingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
