using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Notices.ReadTakedownNotice;
using TipLine.Application.Notices.RecordTakedownActedOn;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Notices;

/// <summary>/office/notices/{id}: one notice, decrypted with the reader's key; the platform records that it acted on it.</summary>
[Authorize(Policy = StaffAuthentication.Policy)]
public sealed class ShowModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public bool JustActedOn => Done == "ActedOn";

    public TakedownNoticeView Notice { get; private set; } = null!;

    public async Task OnGetAsync() => Notice = await mediator.Send(new ReadTakedownNotice(Id), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostActedOnAsync()
    {
        await mediator.Send(new RecordTakedownActedOn(Id), HttpContext.RequestAborted);
        return Redirect($"/office/notices/{Id:D}?done=ActedOn");
    }
}
