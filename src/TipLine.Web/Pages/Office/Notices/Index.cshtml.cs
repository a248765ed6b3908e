using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Notices;
using TipLine.Application.Notices.ListTakedownNotices;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Notices;

/// <summary>/office/notices: the takedown notices addressed to the reader's platform, newest first.</summary>
[Authorize(Policy = StaffAuthentication.Policy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Awaiting { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    public TakedownNoticePage Notices { get; private set; } = new([], 1, ListTakedownNoticesHandler.PageSize, 0);

    public async Task OnGetAsync() =>
        Notices = await mediator.Send(new ListTakedownNotices(Awaiting, Math.Max(1, PageNumber)), HttpContext.RequestAborted);

    public Pager Pager => new(Notices.Page, Notices.PageCount, "/office/notices", new Dictionary<string, string?>
    {
        [nameof(Awaiting)] = Awaiting ? "true" : null,
    });
}
