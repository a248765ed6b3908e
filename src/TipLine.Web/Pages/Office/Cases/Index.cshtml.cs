using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Cases.ListCases;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Web.Office;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Resources;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Cases;

/// <summary>/office/cases: the cases the organisation can see, filtered by a GET form, 50 a page.</summary>
[Authorize(Policy = StaffAuthentication.Policy)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<CasesResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Urgency? Urgency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public CitesAppendix? Appendix { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    public CaseListPage Cases { get; private set; } = new([], 1, ListCasesHandler.PageSize, 0);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, localizer["form.invalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            Cases = await mediator.Send(
                new ListCases(Status, Urgency, string.IsNullOrWhiteSpace(Country) ? null : Country, Appendix, Mine, Reference, PageNumber),
                HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            ValidationProblems.AddTo(ModelState, refusal, localizer);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>Links to the other pages of this list, with the same filters.</summary>
    public Pager Pager => new(Cases.Page, Cases.PageCount, "/office/cases", new Dictionary<string, string?>
    {
        [nameof(Status)] = Status?.ToString(),
        [nameof(Urgency)] = Urgency?.ToString(),
        [nameof(Country)] = Country,
        [nameof(Appendix)] = Appendix?.ToString(),
        [nameof(Mine)] = Mine ? "true" : null,
        [nameof(Reference)] = Reference,
    });
}
