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
