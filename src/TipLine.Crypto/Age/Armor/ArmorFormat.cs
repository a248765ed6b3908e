namespace TipLine.Crypto.Age.Armor;

/// <summary>The strict PEM profile of age's ASCII armor.</summary>
internal static class ArmorFormat
{
    public const string Header = "-----BEGIN AGE ENCRYPTED FILE-----";
    public const string Footer = "-----END AGE ENCRYPTED FILE-----";
    public const int ColumnsPerLine = 64;
    public const int BytesPerLine = 48;

    /// <summary>How much whitespace may surround the PEM block, as age allows.</summary>
    public const int MaxSurroundingWhitespace = 1024;

    public static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f';
}
