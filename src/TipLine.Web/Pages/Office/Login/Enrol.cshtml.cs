using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;
using TipLine.Application.Accounts.SignIn;
using TipLine.Crypto.Totp;
using TipLine.Web.Office.Sessions;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Login;

/// <summary>
/// First sign-in: the second factor is mandatory, so a user without one enrols here before getting a session. The
/// secret is shown as a QR code (rendered here as SVG, no third-party service) and as text; the recovery codes are
/// shown once, on the page that completes the sign-in.
/// </summary>
public sealed class EnrolModel(IMediator mediator, PendingSignInCookie pending, IStringLocalizer<OfficeResource> localizer) : PageModel
{
    private const string Issuer = "TipLine";

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public string SecretText { get; private set; } = string.Empty;

    public string QrSvg { get; private set; } = string.Empty;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public IActionResult OnGet()
    {
        if (pending.Read(HttpContext) is not { EnrolmentSecret: { } secret } state)
        {
            return Redirect("/office/login");
        }

        Show(secret, state.UserName);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (pending.Read(HttpContext) is not { EnrolmentSecret: { } secret } state)
        {
            return Redirect("/office/login");
        }

        var enrolment = await mediator.Send(new EnrolSecondFactor(state.SessionId, state.UserId, secret, Code), HttpContext.RequestAborted);
        if (enrolment is null)
        {
            Error = localizer["SecondFactorRefused"];
            Show(secret, state.UserName);
            return Page();
        }

        await SignInCompletion.CompleteAsync(HttpContext, enrolment.Staff, state);
        RecoveryCodes = enrolment.RecoveryCodes;
        return Page();
    }

    private void Show(byte[] secret, string userName)
    {
        SecretText = Base32.Encode(secret);
        var uri = TotpAuthenticator.ProvisioningUri(secret, Issuer, userName);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }
}
