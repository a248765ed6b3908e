using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Tips.ExportSanitisedAttachment;
using TipLine.Application.Tips.InspectAttachment;
using TipLine.Application.Tips.OpenTipAttachment;
using TipLine.Web.Downloads;
using TipLine.Web.Resources;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Tips;

/// <summary>
/// One file of a tip: GET downloads it decrypted, GET .../metadata shows its metadata report, POST .../sanitised
/// downloads a copy without identifying metadata. Downloads are audited by the use case before the first byte is sent.
/// </summary>
[Authorize(AuthenticationSchemes = StaffAuthentication.Scheme)]
public sealed class AttachmentModel(IMediator mediator, IBlobStore blobs, IStringLocalizer<InboxResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tip")]
    public Guid TipId { get; set; }

    [BindProperty(SupportsGet = true, Name = "file")]
    public Guid FileId { get; set; }

    public AttachmentInspection Inspection { get; private set; } = null!;

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        using var opened = await mediator.Send(new OpenTipAttachment(TipId, FileId), HttpContext.RequestAborted);
        await FileDownload.SendDecryptedAsync(HttpContext, blobs, opened.BlobName, opened.TipKey, opened.FileName);
        return new EmptyResult();
    }

    public async Task OnGetMetadataAsync() =>
        Inspection = await mediator.Send(new InspectAttachment(TipId, FileId), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostSanitisedAsync()
    {
        try
        {
            using var copy = await mediator.Send(new ExportSanitisedAttachment(TipId, FileId), HttpContext.RequestAborted);
            await FileDownload.SendAsync(HttpContext, copy.Content, copy.FileName);
            return new EmptyResult();
        }
        catch (RequestValidationException refused)
        {
            Errors.AddRange(refused.Problems.Select(p => localizer[p.MessageKey].Value).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetMetadataAsync();
            return Page();
        }
    }
}
