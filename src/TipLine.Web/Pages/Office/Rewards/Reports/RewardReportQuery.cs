using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Reports;
using TipLine.Application.Rewards.Reports.ComputeRewardReport;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Rewards.Reports;

/// <summary>The programme and year the report page and its CSV export share, read from the query string.</summary>
public abstract class RewardReportQuery(IMediator mediator, IStringLocalizer<RewardReportsResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "programmeId")]
    public Guid? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public RewardReport? Report { get; private set; }

    public List<string> Errors { get; } = [];

    protected IMediator Mediator => mediator;

    /// <summary>Computes the report of <see cref="ProgrammeId"/>, or fills <see cref="Errors"/> (in the reader's language) and answers 400.</summary>
    protected async Task<bool> ComputeAsync()
    {
        if (!ModelState.IsValid || ProgrammeId is null)
        {
            Errors.Add(localizer[ProgrammeId is null ? "rewards.report.programme.required" : ComputeRewardReportValidator.YearInvalid]);
        }
        else
        {
            try
            {
                Report = await mediator.Send(new ComputeRewardReport(ProgrammeId.Value, Year), HttpContext.RequestAborted);
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
