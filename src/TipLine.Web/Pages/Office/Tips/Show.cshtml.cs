using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Messaging.SendMessageToWhistleblower;
using TipLine.Application.Tips.MarkWhistleblowerMessagesRead;
using TipLine.Application.Tips.ReadTip;
using TipLine.Domain.Messaging;
using TipLine.Web.Resources;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Tips;

/// <summary>
/// /office/tips/{id}: the decrypted tip, its files and conversation, and the form to write to the whistleblower.
/// Showing the whistleblower's new messages marks them seen (a separate command: reading writes nothing).
/// </summary>
[Authorize(AuthenticationSchemes = StaffAuthentication.Scheme)]
public sealed class ShowModel(IMediator mediator, IStringLocalizer<InboxResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string Body { get; set; } = string.Empty;

    /// <summary>Set by the redirect after a message was sent, to confirm it once.</summary>
    [BindProperty(SupportsGet = true, Name = "sent")]
    public bool Sent { get; set; }

    public TipReading Tip { get; private set; } = null!;

    /// <summary>The whistleblower's messages nobody on staff had seen before this page showed them.</summary>
    public IReadOnlySet<Guid> NewMessages { get; private set; } = new HashSet<Guid>();

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync()
    {
        Tip = await mediator.Send(new ReadTip(Id), HttpContext.RequestAborted);
        NewMessages = Tip.Messages
            .Where(m => m.Direction == MessageDirection.FromWhistleblower && !m.ReadByRecipient)
            .Select(m => m.Id)
            .ToHashSet();
        if (NewMessages.Count > 0)
        {
            await mediator.Send(new MarkWhistleblowerMessagesRead(Id), HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnPostReplyAsync()
    {
        try
        {
            await mediator.Send(new SendMessageToWhistleblower(Id, Body), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refused)
        {
            Errors.AddRange(refused.Problems.Select(p => localizer[p.MessageKey].Value).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Tip = await mediator.Send(new ReadTip(Id), HttpContext.RequestAborted);
            return Page();
        }

        return Redirect($"/office/tips/{Id:D}?sent=true");
    }
}
