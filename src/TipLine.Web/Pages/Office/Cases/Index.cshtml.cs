using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Cases.ListCases;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Web.Office;
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

    // "page" is a route value Razor Pages reserves for itself.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
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

    /// <summary>This list's address with the same filters on another page.</summary>
    public string PageLink(int pageNumber)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new(nameof(Status), Status?.ToString()),
            new(nameof(Urgency), Urgency?.ToString()),
            new(nameof(Country), Country),
            new(nameof(Appendix), Appendix?.ToString()),
            new(nameof(Mine), Mine ? "true" : null),
            new(nameof(Reference), Reference),
            new("pageNumber", pageNumber.ToString(CultureInfo.InvariantCulture)),
        };
        var present = query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!));
        return "/office/cases" + new QueryBuilder(present);
    }
}
