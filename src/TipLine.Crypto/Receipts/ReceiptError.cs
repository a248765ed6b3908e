namespace TipLine.Crypto.Receipts;

/// <summary>Why a typed receipt was rejected, so the UI can say which mistake was made in the user's language.</summary>
public enum ReceiptError
{
    Empty,
    InvalidCharacter,
    WrongLength,
    CheckDigitMismatch,
}
