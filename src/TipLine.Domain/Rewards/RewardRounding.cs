namespace TipLine.Domain.Rewards;

/// <summary>
/// The one rounding rule of the reward ledger: an award's entitlement is award % × collected, rounded down (toward
/// zero) to the currency's minor unit, then limited by the cap. Rounding down means the programme never owes a
/// fraction of a cent more than the law allows; the whistleblower loses at most one minor unit.
/// </summary>
public static class RewardRounding
{
    /// <summary>Percentages carry at most two decimals (e.g. 12.5 or 17.25 %).</summary>
    public const int PercentDecimals = 2;

    public static decimal Entitlement(decimal collected, decimal percent, decimal? cap, string currency)
    {
        if (collected <= 0m || percent <= 0m)
        {
            return 0m;
        }

        var raw = collected * percent / 100m;
        var rounded = decimal.Round(raw, CurrencyCodes.MinorUnits(currency), MidpointRounding.ToZero);
        return cap is { } limit && rounded > limit ? limit : rounded;
    }
}
