using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TipLine.Application.Statistics;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Statistics;

/// <summary>/office/statistics/export.csv and .json: the same suppressed report as the page, as a download.</summary>
public sealed class ExportModel(IMediator mediator, IStringLocalizer<OversightResource> localizer) : StatisticsQuery(mediator, localizer)
{
    public async Task<IActionResult> OnGetAsync(string format)
    {
        if (!await ComputeAsync())
        {
            return Content(string.Join("\n", Errors), "text/plain; charset=utf-8");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"tipline-statistics-{Report!.From:yyyy-MM-dd}-{Report.To:yyyy-MM-dd}.{format}");
        return format == "csv"
            ? File(Encoding.UTF8.GetBytes(StatisticsExport.ToCsv(Report)), StatisticsExport.CsvContentType, name)
            : File(StatisticsExport.ToJson(Report), StatisticsExport.JsonContentType, name);
    }
}
