using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using TipLine.Application.Statistics;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Statistics;

/// <summary>
/// /office/statistics: a GET form for period and grouping; per dimension a server-drawn SVG bar chart and a table of
/// the suppressed counts; links to the CSV and JSON exports of the same report.
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<OversightResource> localizer) : StatisticsQuery(mediator, localizer)
{
    public async Task OnGetAsync() => await ComputeAsync();

    /// <summary>The export links carry the effective period, so the file holds exactly what the page shows.</summary>
    public string ExportLink(string format) => QueryHelpers.AddQueryString(
        "/office/statistics/export." + format,
        new Dictionary<string, string?>
        {
            ["from"] = Report!.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = Report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["grouping"] = Report.Grouping.ToString(),
        });

    public string DimensionTitle(string dimension) => Localizer["Dimension." + dimension];

    /// <summary>Enum keys and "(none)" in the reader's language; names typed at triage (platforms, taxa, codes) as they are.</summary>
    public string KeyLabel(string dimension, string key)
    {
        var localised = Localizer[key == StatisticsDimensions.NoValueKey ? "Key.none" : $"Key.{dimension}.{key}"];
        return localised.ResourceNotFound ? key : localised.Value;
    }

    public BarChart ChartOf(StatisticsDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return BarChart.For(
            dimension,
            DimensionTitle(dimension.Name),
            Report!.Periods,
            key => KeyLabel(dimension.Name, key),
            (key, period, display) => Localizer["BarTitle", key, period, display]);
    }
}
