using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Accounts.SignIn;
using TipLine.Web.Office.Sessions;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Login;

/// <summary>Sign-in, step two: a code from the authenticator app, or a recovery code.</summary>
public sealed class CodeModel(IMediator mediator, PendingSignInCookie pending, IStringLocalizer<OfficeResource> localizer) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public IActionResult OnGet() => pending.Read(HttpContext) is { EnrolmentSecret: null } ? Page() : Redirect("/office/login");

    public async Task<IActionResult> OnPostAsync()
    {
        if (pending.Read(HttpContext) is not { EnrolmentSecret: null } state)
        {
            return Redirect("/office/login");
        }

        var staff = await mediator.Send(new CheckSecondFactor(state.SessionId, state.UserId, Code), HttpContext.RequestAborted);
        if (staff is null)
        {
            Error = localizer["SecondFactorRefused"];
            return Page();
        }

        await SignInCompletion.CompleteAsync(HttpContext, staff, state);
        return Redirect("/office");
    }
}
