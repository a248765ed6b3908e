namespace TipLine.Crypto.Receipts;

/// <summary>A typed receipt is not a well-formed receipt; <see cref="Error"/> says why.</summary>
public sealed class ReceiptFormatException : FormatException
{
    public ReceiptFormatException()
        : this(ReceiptError.Empty)
    {
    }

    public ReceiptFormatException(string message)
        : base(message)
    {
    }

    public ReceiptFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReceiptFormatException(ReceiptError error)
        : base($"The receipt is not valid ({error}).")
    {
        Error = error;
    }

    public ReceiptError Error { get; }
}
