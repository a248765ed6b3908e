using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Cases.CreateCaseFromTips;
using TipLine.Application.Errors;
using TipLine.Web.Office;
using TipLine.Web.Resources;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Cases;

/// <summary>
/// POST /office/cases/create with one or more form fields "tipIds" (tip ids, e.g. the inbox's checkboxes) and the
/// antiforgery token: opens a case from those tips and goes to it. A refusal is shown with a way back to the inbox.
/// </summary>
[Authorize(Policy = StaffAuthentication.Policy)]
public sealed class CreateModel(IMediator mediator, IStringLocalizer<CasesResource> localizer) : PageModel
{
    [BindProperty(Name = "tipIds")]
    public List<Guid> TipIds { get; set; } = [];

    public IActionResult OnGet() => Redirect("/office/inbox");

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                var created = await mediator.Send(new CreateCaseFromTips(TipIds), HttpContext.RequestAborted);
                return Redirect($"/office/cases/{created.Id:D}?done=CaseCreated");
            }
            catch (RequestValidationException refusal)
            {
                ValidationProblems.AddTo(ModelState, refusal, localizer);
            }
        }
        else
        {
            ModelState.AddModelError(string.Empty, localizer["form.invalid"]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
