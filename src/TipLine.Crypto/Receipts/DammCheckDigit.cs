namespace TipLine.Crypto.Receipts;

/// <summary>
/// The Damm check digit (H. M. Damm, 2004): catches every single-digit error and every adjacent transposition,
/// so a mistyped receipt is rejected before any lookup or key derivation.
/// </summary>
public static class DammCheckDigit
{
    // The totally anti-symmetric quasigroup of order 10 from Damm's thesis.
    private static readonly byte[,] Table =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    /// <summary>The check digit ('0'..'9') to append to <paramref name="digits"/> (ASCII digits).</summary>
    public static char Compute(ReadOnlySpan<char> digits) => (char)('0' + Interim(digits));

    /// <summary>True when <paramref name="digitsWithCheck"/> (ASCII digits, check digit last) is consistent.</summary>
    public static bool IsValid(ReadOnlySpan<char> digitsWithCheck) => digitsWithCheck.Length > 0 && Interim(digitsWithCheck) == 0;

    private static int Interim(ReadOnlySpan<char> digits)
    {
        var interim = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                throw new ArgumentException("Only ASCII digits have a Damm check digit.", nameof(digits));
            }

            interim = Table[interim, c - '0'];
        }

        return interim;
    }
}
