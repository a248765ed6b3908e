using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit.ReadAuditLog;
using TipLine.Application.Audit.VerifyAuditLog;
using TipLine.Application.Errors;
using TipLine.Application.Paging;
using TipLine.Domain.Staff;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Audit;

/// <summary>
/// /office/audit: the audit log with a GET filter (action prefix, days) and paging; auditors can also verify the
/// chain with a POST, whose result is shown on the page it returns.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentActor actor, IStringLocalizer<OversightResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "prefix")]
    public string? ActionPrefix { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditLogEntry>? Log { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public List<string> Errors { get; } = [];

    public bool CanVerify => (actor.Roles & StaffRoles.Auditor) != 0;

    public Pager Pager => new(Log?.PageNumber ?? 1, Log?.PageCount ?? 1, "/office/audit", new Dictionary<string, string?>
    {
        ["prefix"] = ActionPrefix,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostVerifyAsync()
    {
        Verification = await mediator.Send(new VerifyAuditLog(), HttpContext.RequestAborted);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (!ModelState.IsValid)
        {
            Errors.Add(localizer["audit.filter.invalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        try
        {
            Log = await mediator.Send(new ReadAuditLog(ActionPrefix, From, To, PageNumber), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refused)
        {
            Errors.AddRange(LocalisedProblems.Of(refused, localizer));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
