using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Web.Office.Sessions;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office;

/// <summary>POST /office/signout: deletes the session row (and the sealed key in it), then the cookie, then the browser's copies.</summary>
public sealed class SignOutModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => Redirect("/office");

    public async Task<IActionResult> OnPostAsync()
    {
        if (StaffPrincipal.SessionIdOf(User) is { } sessionId)
        {
            await mediator.Send(new Application.Accounts.SignOut.SignOut(sessionId), HttpContext.RequestAborted);
        }

        await HttpContext.SignOutAsync(StaffAuthentication.Scheme);
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
        return Redirect("/office/login");
    }
}
