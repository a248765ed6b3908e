using System.Globalization;
using TipLine.Domain.Rewards;

namespace TipLine.Web.Pages.Office.Rewards.Awards;

/// <summary>How the claim page writes and reads percentages and money.</summary>
internal static class AwardText
{
    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.CurrentCulture) + " %";

    public static string Money(decimal amount, string currency) =>
        amount.ToString("N" + CurrencyCodes.MinorUnits(currency).ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) + " " + currency;

    /// <summary>The step of a number input for the currency's minor unit, e.g. 0.01 for USD, 1 for JPY.</summary>
    public static string Step(string currency) =>
        (1m / (decimal)Math.Pow(10, CurrencyCodes.MinorUnits(currency))).ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Number inputs submit a plain invariant number ("1500.5") whatever the page language, so only that is accepted:
    /// a typed "1,500" must never be read as one and a half.
    /// </summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
