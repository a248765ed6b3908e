using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Intake.ListOpenChannels;

namespace TipLine.Web.Pages;

/// <summary>The public home page: what TipLine is, who reads tips, what a receipt is, where to report. Sets no cookie.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<OpenChannel> Channels { get; private set; } = [];

    public async Task OnGetAsync() => Channels = await mediator.Send(new ListOpenChannels(), HttpContext.RequestAborted);
}
