using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Inbox.ListInbox;
using TipLine.Domain.Time;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Inbox;

/// <summary>/office/inbox: the tips waiting for triage with their deadlines, filtered by channel (?channel=) and paged (?pageNumber=).</summary>
[Authorize(AuthenticationSchemes = StaffAuthentication.Scheme)]
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "channel")]
    public Guid? ChannelId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public InboxPage Inbox { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today();
        Inbox = await mediator.Send(new ListInbox(ChannelId, PageNumber), HttpContext.RequestAborted);
    }

    /// <summary>The link to another page of the same listing.</summary>
    public string PageLink(int pageNumber) =>
        "/office/inbox?pageNumber=" + pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (Inbox.ChannelId is { } channel ? "&channel=" + channel.ToString("D") : string.Empty);
}
