using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TipLine.Application.Rewards.Reports;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Rewards.Reports;

/// <summary>/office/rewards/reports/export.csv: the same suppressed report as the page, as a download.</summary>
public sealed class ExportModel(IMediator mediator, IStringLocalizer<RewardReportsResource> localizer) : RewardReportQuery(mediator, localizer)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ComputeAsync())
        {
            return Content(string.Join("\n", Errors), "text/plain; charset=utf-8");
        }

        var period = Report!.Year?.ToString("D4", CultureInfo.InvariantCulture) ?? "all";
        var name = string.Create(CultureInfo.InvariantCulture, $"tipline-rewards-{Report.ProgrammeId:N}-{period}.csv");
        return File(Encoding.UTF8.GetBytes(RewardReportExport.ToCsv(Report)), RewardReportExport.CsvContentType, name);
    }
}
