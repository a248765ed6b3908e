using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Accounts.ChangePassword;
using TipLine.Application.Accounts.Preferences;
using TipLine.Application.Errors;
using TipLine.Web.Localization;
using TipLine.Web.Office;
using TipLine.Web.Office.Sessions;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Account;

/// <summary>/office/account: who I am, my public key, language, notification address, password change.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<OfficeResource> localizer) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    [BindProperty]
    public string Language { get; set; } = "en";

    [BindProperty]
    public string? NotificationEmail { get; set; }

    [BindProperty]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    public string NewPasswordConfirmation { get; set; } = string.Empty;

    /// <summary>What the previous POST did (?done=...), shown once; only known keys, never text from the URL.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done is "PreferencesSaved" or "PasswordChanged" ? Done : null;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPreferencesAsync()
    {
        try
        {
            await mediator.Send(new UpdatePreferences(Language, NotificationEmail), HttpContext.RequestAborted);
        }
        catch (RequestValidationException ex)
        {
            AddErrors(ex);
            await LoadAsync();
            return Page();
        }

        OfficeLanguage.Remember(HttpContext, Language);
        return Redirect("/office/account?done=PreferencesSaved&lang=" + Uri.EscapeDataString(Language));
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        bool changed;
        try
        {
            changed = await mediator.Send(
                new ChangePassword(StaffPrincipal.SessionIdOf(User) ?? Guid.Empty, CurrentPassword, NewPassword, NewPasswordConfirmation),
                HttpContext.RequestAborted);
        }
        catch (RequestValidationException ex)
        {
            AddErrors(ex);
            changed = false;
        }

        CurrentPassword = NewPassword = NewPasswordConfirmation = string.Empty;
        if (!changed)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(CurrentPassword), localizer["password.currentWrong"]);
            }

            await LoadAsync();
            return Page();
        }

        return Redirect("/office/account?done=PasswordChanged");
    }

    private void AddErrors(RequestValidationException ex) => ValidationProblems.AddTo(ModelState, ex, localizer);

    private async Task LoadAsync()
    {
        Account = await mediator.Send(new ReadAccount(), HttpContext.RequestAborted);
        Language = Account.Language;
        NotificationEmail ??= Account.NotificationEmail;
    }
}
