using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Domain.Rewards;

namespace TipLine.Web.Office.Rewards;

/// <summary>How the reward pages write and read money, percentages and days, and show the Application's refusals.</summary>
internal static class RewardsText
{
    public const string FormInvalid = "rewards.form.invalid";
    public const string NumberInvalid = "rewards.form.number.invalid";
    public const string DayInvalid = "rewards.form.day.invalid";

    /// <summary>An amount with exactly its currency's minor unit, grouped the reader's way, then the ISO code.</summary>
    public static string Money(decimal amount, string currency)
    {
        var decimals = CurrencyCodes.IsKnown(currency) ? CurrencyCodes.MinorUnits(currency) : 2;
        return amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) + " " + currency;
    }

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.CurrentCulture) + " %";

    /// <summary>A number as a form field holds it: invariant, without trailing zeros (the database may keep four decimals).</summary>
    public static string Field(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The step of a number input for the currency's minor unit, e.g. 0.01 for USD, 1 for JPY.</summary>
    public static string Step(string currency) =>
        (1m / (decimal)Math.Pow(10, CurrencyCodes.MinorUnits(currency))).ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a typed amount or percentage. Number inputs post "1234.5" whatever the page's language, so only that form is
    /// accepted (spaces grouping thousands are ignored): a comma is refused rather than guessed, because "1,500" is one
    /// thousand five hundred to one reader and one and a half to another.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal value)
    {
        var compact = new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '\u202F').ToArray());
        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static decimal? ParseNumber(string? text) => TryParseAmount(text, out var value) ? value : null;

    /// <summary>Reads a day as a date field posts it (yyyy-MM-dd).</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static DateOnly? ParseDay(string? text) => TryParseDay(text, out var day) ? day : null;

    /// <summary>Each refusal under its field in the page's language; <paramref name="arguments"/> fill messages that quote figures.</summary>
    public static void AddProblems(ModelStateDictionary modelState, RequestValidationException refusal, IStringLocalizer<Resources.RewardsResource> text, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var problem in refusal.Problems)
        {
            modelState.AddModelError(problem.Field, text[problem.MessageKey, arguments]);
        }
    }
}
