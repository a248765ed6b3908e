namespace TipLine.Crypto.Age.Format;

/// <summary>Fixed strings and limits of the textual header.</summary>
internal static class AgeHeaderFormat
{
    public const string VersionLine = "age-encryption.org/v1";
    public const string VersionPrefix = "age-encryption.org/";
    public const string StanzaPrefix = "-> ";
    public const string MacPrefix = "---";
    public const int ColumnsPerLine = 64;
    public const int BytesPerLine = ColumnsPerLine / 4 * 3;

    /// <summary>Caps the whole header so a hostile file cannot make us buffer without bound.</summary>
    public const int MaxHeaderSize = 1024 * 1024;

    public static bool IsValidArgument(ReadOnlySpan<char> argument)
    {
        if (argument.IsEmpty)
        {
            return false;
        }

        foreach (var c in argument)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
