using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Statistics;
using TipLine.Application.Statistics.ComputeStatistics;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Statistics;

/// <summary>The period and grouping the statistics page and its exports share, read from the query string.</summary>
public abstract class StatisticsQuery(IMediator mediator, IStringLocalizer<OversightResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "grouping")]
    public StatisticsGrouping Grouping { get; set; } = StatisticsGrouping.Year;

    public StatisticsReport? Report { get; private set; }

    public List<string> Errors { get; } = [];

    protected IStringLocalizer<OversightResource> Localizer => localizer;

    /// <summary>Computes the report, or fills <see cref="Errors"/> (in the reader's language) and answers 400.</summary>
    protected async Task<bool> ComputeAsync()
    {
        if (!ModelState.IsValid)
        {
            Errors.Add(localizer["statistics.period.invalid"]);
        }
        else
        {
            try
            {
                Report = await mediator.Send(new ComputeStatistics(From, To, Grouping), HttpContext.RequestAborted);
            }
            catch (RequestValidationException refused)
            {
                Errors.AddRange(LocalisedProblems.Of(refused, localizer));
            }
        }

        if (Report is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Report is not null;
    }
}
