using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TipLine.Crypto.Receipts;

/// <summary>
/// A whistleblower's receipt: 28 decimal digits shown in 7 groups of 4. The first 27 are uniformly random
/// (27·log2(10) ≈ 89.7 bits) and the last is a Damm check digit. Digits so any script and keyboard can write it down.
/// It is a secret: never log it; the server keeps it only in memory while deriving keys.
/// </summary>
public sealed class Receipt : IEquatable<Receipt>
{
    public const int DigitCount = 28;
    public const int RandomDigitCount = DigitCount - 1;
    public const int GroupSize = 4;

    private readonly string digits;

    private Receipt(string digits) => this.digits = digits;

    /// <summary>The 28 ASCII digits without separators: the exact Argon2id input of <see cref="ReceiptKeys"/>.</summary>
    public string Digits => digits;

    /// <summary>A fresh receipt from the system CSPRNG (each digit uniform without modulo bias).</summary>
    public static Receipt Generate()
    {
        Span<char> chars = stackalloc char[DigitCount];
        for (var i = 0; i < RandomDigitCount; i++)
        {
            chars[i] = (char)('0' + RandomNumberGenerator.GetInt32(10)); // GetInt32 uses rejection sampling: no modulo bias.
        }

        chars[RandomDigitCount] = DammCheckDigit.Compute(chars[..RandomDigitCount]);
        var receipt = new Receipt(new string(chars));
        chars.Clear();
        return receipt;
    }

    /// <summary>
    /// Reads a receipt as typed: decimal digits of any script (Arabic-Indic, Devanagari, fullwidth…), separated by any
    /// whitespace, dashes, dots or underscores. Throws <see cref="ReceiptFormatException"/> for anything else, a wrong length or a typo.
    /// </summary>
    public static Receipt Parse(string input)
    {
        var error = TryNormalize(input, out var receipt);
        return error is null ? receipt! : throw new ReceiptFormatException(error.Value);
    }

    /// <summary>Like <see cref="Parse"/>, but returns false and the reason instead of throwing.</summary>
    public static bool TryParse(string? input, out Receipt? receipt, out ReceiptError? error)
    {
        error = TryNormalize(input, out receipt);
        return error is null;
    }

    /// <summary>Groups of four separated by spaces, e.g. "1234 5678 …", for display.</summary>
    public string ToDisplayString() => ToGroupedString(' ');

    /// <summary>Groups of four separated by <paramref name="separator"/>.</summary>
    public string ToGroupedString(char separator)
    {
        var text = new StringBuilder(DigitCount + (DigitCount / GroupSize));
        for (var i = 0; i < DigitCount; i += GroupSize)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append(digits, i, GroupSize);
        }

        return text.ToString();
    }

    /// <summary>Deliberately not the digits, so a receipt that reaches a log by mistake leaks nothing.</summary>
    public override string ToString() => "Receipt(****)";

    public bool Equals(Receipt? other) =>
        other is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(digits), Encoding.ASCII.GetBytes(other.digits));

    public override bool Equals(object? obj) => Equals(obj as Receipt);

    public override int GetHashCode() => 0; // receipts are not meant as dictionary keys; avoid a digit-dependent hash.

    private static ReceiptError? TryNormalize(string? input, out Receipt? receipt)
    {
        receipt = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return ReceiptError.Empty;
        }

        if (input.Length > 4 * DigitCount * 4)
        {
            return ReceiptError.WrongLength;
        }

        var digits = new StringBuilder(DigitCount);
        foreach (var rune in input.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                digits.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else if (!IsSeparator(rune, category))
            {
                return ReceiptError.InvalidCharacter;
            }
        }

        if (digits.Length != DigitCount)
        {
            return digits.Length == 0 ? ReceiptError.Empty : ReceiptError.WrongLength;
        }

        var text = digits.ToString();
        if (!DammCheckDigit.IsValid(text))
        {
            return ReceiptError.CheckDigitMismatch;
        }

        receipt = new Receipt(text);
        return null;
    }

    private static bool IsSeparator(Rune rune, UnicodeCategory category) =>
        Rune.IsWhiteSpace(rune)
        || category is UnicodeCategory.DashPunctuation or UnicodeCategory.Format // dashes; zero-width and bidi marks from copy-paste
        || rune.Value is '.' or '_' or '/' or '·' or '\u2212'; // common group separators people write, incl. the minus sign
}
