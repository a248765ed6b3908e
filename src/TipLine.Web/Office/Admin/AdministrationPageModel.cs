using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Domain.Staff;
using TipLine.Web.Resources;

namespace TipLine.Web.Office.Admin;

/// <summary>
/// What the administration pages share: who is looking, the notice shown once after a change (?done=..., only known
/// keys, never text from the URL), and refusals turned into form errors in the page's language.
/// </summary>
public abstract class AdministrationPageModel(ICurrentActor actor, IStringLocalizer<AdminResource> text, IStringLocalizer<OfficeResource> office) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done is { } done && KnownNotices.Contains(done, StringComparer.Ordinal) ? done : null;

    public bool IsAdministrator => (actor.Roles & StaffRoles.Administrator) == StaffRoles.Administrator;

    public Guid? ActorId => actor.UserId;

    public Guid? OwnOrganisationId => actor.OrganisationId;

    /// <summary>The notice keys this page's changes redirect with.</summary>
    protected abstract IReadOnlyCollection<string> KnownNotices { get; }

    protected void ShowRefusal(RequestValidationException refusal) => AdminText.AddProblems(ModelState, refusal, text, office);
}
