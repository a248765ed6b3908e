using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Web.Pages.Office;

/// <summary>/office: sends each person to where their work is.</summary>
public sealed class IndexModel(ICurrentActor actor) : PageModel
{
    public IActionResult OnGet()
    {
        var roles = actor.Roles;
        if ((roles & StaffRoles.IntakeInvestigator) != 0)
        {
            return Redirect("/office/inbox");
        }

        if ((roles & (StaffRoles.Prosecutor | StaffRoles.EnforcementOfficer)) != 0)
        {
            return Redirect("/office/cases");
        }

        return Page();
    }
}
