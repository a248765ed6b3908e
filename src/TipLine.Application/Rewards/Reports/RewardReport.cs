using System.Globalization;
using TipLine.Application.Statistics;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Reports;

/// <summary>
/// A programme's suppressed report for the claims filed in <see cref="Year"/> (null: all years). <see cref="Years"/>
/// are the years that have claims, for the year filter. Withheld figures hold no value past the handler.
/// </summary>
public sealed record RewardReport(
    Guid ProgrammeId,
    string ProgrammeName,
    string Currency,
    int? Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<RewardReportCount> Counts,
    IReadOnlyList<RewardReportMoney> Money);

/// <summary>A count: <see cref="Count"/> is null exactly when <see cref="Suppression"/> is not None.</summary>
public sealed record RewardReportCount(string Section, string Key, int? Count, CellSuppression Suppression)
{
    public const string Claims = "claims";

    public const string Determinations = "determinations";

    public string Display => SuppressedCount.Display(Count, Suppression);
}

/// <summary>A sum of money in one currency: <see cref="Amount"/> is null exactly when it is withheld.</summary>
public sealed record RewardReportMoney(string Measure, string Currency, decimal? Amount)
{
    public const string Obligations = "obligations";

    public const string Paid = "paid";

    public const string Outstanding = "outstanding";

    /// <summary>What exports show for a withheld amount.</summary>
    public const string WithheldMarker = "withheld";

    public bool IsWithheld => Amount is null;

    /// <summary>The amount with the currency's minor units (invariant, "1234.50"), or <see cref="WithheldMarker"/>.</summary>
    public string Display => Amount is { } amount
        ? amount.ToString("F" + CurrencyCodes.MinorUnits(Currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : WithheldMarker;
}
