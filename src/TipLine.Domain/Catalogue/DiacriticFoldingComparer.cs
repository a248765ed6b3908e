using System.Collections.Frozen;
using System.Text;

namespace TipLine.Domain.Catalogue;

/// <summary>
/// Compares names with accents removed and case ignored ("Égypte" sorts with "Egypt", "Åland" with "Aland"),
/// for when the runtime has no linguistic collation. Its own table keeps it independent of ICU, which is exactly
/// what is missing when it is used. Equal folded names are ordered ordinally so the order is total.
/// </summary>
public sealed class DiacriticFoldingComparer : IComparer<string>
{
    public static DiacriticFoldingComparer Instance { get; } = new();

    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    private DiacriticFoldingComparer()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var folded = string.Compare(Fold(x), Fold(y), StringComparison.OrdinalIgnoreCase);
        return folded != 0 ? folded : string.CompareOrdinal(x, y);
    }

    /// <summary>The name with every accented Latin letter the table knows replaced by its base letter(s).</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        StringBuilder? builder = null;
        for (var i = 0; i < name.Length; i++)
        {
            if (Folds.TryGetValue(name[i], out var replacement))
            {
                builder ??= new StringBuilder(name, 0, i, name.Length + 4);
                builder.Append(replacement);
            }
            else
            {
                builder?.Append(name[i]);
            }
        }

        return builder?.ToString() ?? name;
    }

    private static FrozenDictionary<char, string> BuildFolds()
    {
        // Latin-1 Supplement and Latin Extended-A letters used in French, Spanish and place names.
        const string accented = "ÀÁÂÃÄÅàáâãäåÇçČčÈÉÊËèéêëĚěÌÍÎÏìíîïÑñŇňÒÓÔÕÖØòóôõöøŘřŠšÙÚÛÜùúûüŮůÝýÿŽž";
        const string plain = "AAAAAAaaaaaaCcCcEEEEeeeeEeIIIIiiiiNnNnOOOOOOooooooRrSsUUUUuuuuUuYyyZz";
        var folds = new Dictionary<char, string>();
        for (var i = 0; i < accented.Length; i++)
        {
            folds[accented[i]] = plain[i].ToString();
        }

        folds['Æ'] = "AE";
        folds['æ'] = "ae";
        folds['Œ'] = "OE";
        folds['œ'] = "oe";
        folds['ß'] = "ss";
        return folds.ToFrozenDictionary();
    }
}
