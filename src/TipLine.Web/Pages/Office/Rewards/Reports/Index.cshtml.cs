using Mediator;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using TipLine.Application.Rewards.Reports;
using TipLine.Application.Rewards.Reports.ListReportProgrammes;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Rewards.Reports;

/// <summary>
/// /office/rewards/reports: a GET form to pick one of the organisation's programmes and a year; the suppressed figures
/// as tables; a link to the CSV of the same report. Without a programme in the query, the first one is shown.
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<RewardReportsResource> localizer) : RewardReportQuery(mediator, localizer)
{
    public IReadOnlyList<ReportProgramme> Programmes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Programmes = await Mediator.Send(new ListReportProgrammes(), HttpContext.RequestAborted);
        ProgrammeId ??= Programmes.FirstOrDefault()?.Id;
        if (ProgrammeId is not null)
        {
            await ComputeAsync();
        }
    }

    /// <summary>The export link carries the report's programme and year, so the file holds exactly what the page shows.</summary>
    public string ExportLink()
    {
        var query = new Dictionary<string, string?> { ["programmeId"] = Report!.ProgrammeId.ToString() };
        if (Report.Year is { } year)
        {
            query["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/office/rewards/reports/export.csv", query);
    }

    public IEnumerable<RewardReportCount> CountsOf(string section) => Report!.Counts.Where(c => c.Section == section);
}
