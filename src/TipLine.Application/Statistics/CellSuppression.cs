using System.Globalization;

namespace TipLine.Application.Statistics;

/// <summary>Why a published count is withheld (ADR 0020).</summary>
public enum CellSuppression
{
    /// <summary>Published as is.</summary>
    None = 0,

    /// <summary>1 to 4: shown as "&lt;5".</summary>
    BelowThreshold = 1,

    /// <summary>5 or more, withheld so that a small cell cannot be worked out from totals: shown as "5+".</summary>
    Complementary = 2,
}

/// <summary>The one text a suppressed count is shown as, on every page and in every export (statistics, reward reports).</summary>
public static class SuppressedCount
{
    public const string BelowThresholdMarker = "<5";

    public const string ComplementaryMarker = "5+";

    /// <summary>The count, "&lt;5" or "5+"; <paramref name="count"/> is null exactly when the cell is withheld.</summary>
    public static string Display(long? count, CellSuppression suppression) => suppression switch
    {
        CellSuppression.BelowThreshold => BelowThresholdMarker,
        CellSuppression.Complementary => ComplementaryMarker,
        _ => count!.Value.ToString(CultureInfo.InvariantCulture),
    };
}
