using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Staff.AcceptInvitation;
using TipLine.Application.Staff.ReadInvitation;
using TipLine.Web.Office.Admin;
using TipLine.Web.Resources;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Join;

/// <summary>
/// /office/join/{token}: the invitee, not signed in, chooses a password and gets their recovery key, shown once in
/// the response to that POST (never in a URL; every response is no-store). The token is a bearer secret, kept out of
/// the routed path (see <see cref="InvitationLinkMiddleware"/>) and out of handler arguments, which the framework logs
/// at trace level; so are the passwords. A link that does not work says only that, whatever the reason.
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<AdminResource> text, IStringLocalizer<OfficeResource> office) : PageModel
{
    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string PasswordConfirmation { get; set; } = string.Empty;

    public InvitationDetails? Invitation { get; private set; }

    /// <summary>Set only in the response to the successful POST.</summary>
    public JoinedStaffMember? Joined { get; private set; }

    private string Token => InvitationLinkMiddleware.TokenOf(HttpContext);

    public async Task<IActionResult> OnGetAsync()
    {
        Invitation = await ReadAsync();
        return Invitation is null ? Unusable() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            Joined = await mediator.Send(new AcceptInvitation(Token, Password, PasswordConfirmation), HttpContext.RequestAborted);
            return Page();
        }
        catch (NotFoundException)
        {
            return Unusable();
        }
        catch (RequestValidationException refusal)
        {
            AdminText.AddProblems(ModelState, refusal, text, office);
        }

        Invitation = await ReadAsync();
        return Invitation is null ? Unusable() : Page();
    }

    private async Task<InvitationDetails?> ReadAsync()
    {
        try
        {
            return await mediator.Send(new ReadInvitation(Token), HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private PageResult Unusable()
    {
        Invitation = null;
        Joined = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
