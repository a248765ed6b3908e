using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Cases.ExportCase;
using TipLine.Application.Errors;
using TipLine.Web.Downloads;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Cases;

/// <summary>
/// The "export for court" form: POST streams the age-encrypted bundle as a download, written straight from the blob
/// store through the tar and the age encryptor into the response. The use case audits before the first byte.
/// </summary>
public sealed class ExportModel(IMediator mediator, IStringLocalizer<CaseExportResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public Guid CaseId { get; set; }

    [BindProperty]
    public string Recipient { get; set; } = string.Empty;

    public List<string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            using var export = await mediator.Send(new ExportCase(CaseId, Recipient ?? string.Empty), HttpContext.RequestAborted);
            FileDownload.PrepareResponse(Response, export.FileName);
            // The age encryptor writes its header and final chunk synchronously; the bundle is one long download.
            if (HttpContext.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
            {
                bodyControl.AllowSynchronousIO = true;
            }

            await export.WriteToAsync(Response.Body, HttpContext.RequestAborted);
            return new EmptyResult();
        }
        catch (RequestValidationException refused)
        {
            Errors.AddRange(refused.Problems.Select(p => localizer[p.MessageKey].Value).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
