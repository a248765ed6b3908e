using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Web.Pages.Office.Admin;

/// <summary>/office/admin: the administrator's starting point. It sends no use case, so it checks the role itself.</summary>
public sealed class IndexModel(ICurrentActor actor) : PageModel
{
    public IActionResult OnGet() =>
        (actor.Roles & StaffRoles.Administrator) == StaffRoles.Administrator ? Page() : StatusCode(StatusCodes.Status403Forbidden);
}
