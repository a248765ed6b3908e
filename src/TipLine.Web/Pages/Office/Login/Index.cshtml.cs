using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Accounts.SignIn;
using TipLine.Web.Office.Sessions;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Login;

/// <summary>Sign-in, step one: user name and password. The password unlocks the user's key into a pending session.</summary>
public sealed class IndexModel(IMediator mediator, PendingSignInCookie pending, StaffSignInThrottle throttle, IStringLocalizer<OfficeResource> localizer, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    [Required]
    [StringLength(100)]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = localizer["SignInRefused"];
            return Page();
        }

        var result = await throttle.RunAsync(
            async () => await mediator.Send(new CheckPassword(UserName, Password), HttpContext.RequestAborted), HttpContext.RequestAborted);
        Password = string.Empty;
        switch (result.Outcome)
        {
            case PasswordCheckOutcome.SecondFactorRequired or PasswordCheckOutcome.EnrolmentRequired:
                var enrolmentSecret = result.Outcome == PasswordCheckOutcome.EnrolmentRequired ? Crypto.Totp.TotpAuthenticator.GenerateSecret() : null;
                pending.Write(HttpContext, new PendingSignInState(result.SessionId!.Value, result.UserId!.Value, result.CookieSecret!, enrolmentSecret, UserName.Trim().ToLowerInvariant()));
                return Redirect(result.Outcome == PasswordCheckOutcome.EnrolmentRequired ? "/office/login/enrol" : "/office/login/code");
            case PasswordCheckOutcome.Locked:
                // Staff sign-in failures are logged for the operators (staff are not anonymous); never the password.
                logger.LogWarning("Sign-in refused: account {UserName} is locked", UserName.Trim().ToLowerInvariant());
                Error = localizer["SignInLocked"];
                return Page();
            default:
                // No user name here: an unknown one is often a password typed into the wrong field.
                logger.LogInformation("Sign-in refused");
                Error = localizer["SignInRefused"];
                return Page();
        }
    }
}
