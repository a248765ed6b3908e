using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Deadlines.ListDueDeadlines;
using TipLine.Web.Office.Oversight;

namespace TipLine.Web.Pages.Office.Due;

/// <summary>/office/due: acknowledgement and feedback deadlines, overdue first, then the next 30 days.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Pager.PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    public DueDeadlines Due { get; private set; } = null!;

    public Pager Pager => new(Due.Deadlines.PageNumber, Due.Deadlines.PageCount, "/office/due", new Dictionary<string, string?>());

    public async Task OnGetAsync() => Due = await mediator.Send(new ListDueDeadlines(PageNumber), HttpContext.RequestAborted);

    /// <summary>Days from today to the deadline (negative when overdue).</summary>
    public int DaysLeft(DueDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.DueOn.DayNumber - Due.Today.DayNumber;
    }
}
