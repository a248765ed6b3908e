using System.Globalization;
using Microsoft.Extensions.Localization;
using TipLine.Domain.Catalogue;
using TipLine.Domain.Routing;
using TipLine.Web.Localization;

namespace TipLine.Web.Pages.Office.Cases;

/// <summary>How the case and notice pages write days, countries, enum values and routing reasons in the reader's language.</summary>
internal static class CaseText
{
    /// <summary>ISO days read the same in every language and never suggest a time of day.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day is { } value ? Day(value) : string.Empty;

    public static string Countries(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(code => CountryCatalogue.NameOf(code, PageLanguage.Current)));

    /// <summary>An enum value's label, under the key "Prefix.Value".</summary>
    public static string Label<TEnum>(IStringLocalizer localizer, string prefix, TEnum value)
        where TEnum : struct, Enum => localizer[$"{prefix}.{value}"];

    public static string Reason(IStringLocalizer localizer, RoutingReason reason)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(reason);
        var value = reason.Criterion switch
        {
            RoutingCriterion.Country or RoutingCriterion.Jurisdiction => CountryCatalogue.NameOf(reason.Value, PageLanguage.Current),
            RoutingCriterion.Urgency => localizer["Urgency." + reason.Value].Value,
            _ => reason.Value,
        };
        return localizer[$"Criterion.{reason.Criterion}", value];
    }

    /// <summary>The lines of a textarea, trimmed, without blank ones.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
