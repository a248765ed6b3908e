using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Staff.ChangeStaffRoles;
using TipLine.Application.Staff.CountPendingAccess;
using TipLine.Application.Staff.DisableStaffMember;
using TipLine.Application.Staff.EnableStaffMember;
using TipLine.Application.Staff.InviteStaffMember;
using TipLine.Application.Staff.ListStaff;
using TipLine.Application.Staff.ResetSecondFactor;
using TipLine.Application.Staff.RevokeInvitation;
using TipLine.Domain.Staff;
using TipLine.Web.Office.Admin;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Admin;

/// <summary>
/// /office/admin/staff: the members of the administrator's organisation and its open invitations; invite, change
/// roles, disable or enable, reset a second factor, withdraw an invitation. Every change goes through its use case,
/// which scopes it to the administrator's own organisation.
/// </summary>
public sealed class StaffModel(IMediator mediator, ICurrentActor actor, IStringLocalizer<AdminResource> text, IStringLocalizer<OfficeResource> office)
    : AdministrationPageModel(actor, text, office)
{
    private const string Path = "/office/admin/staff";

    public StaffList Staff { get; private set; } = new([], []);

    public PendingAccess Pending { get; private set; } = new(0, []);

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public InviteForm Invite { get; private set; } = new();

    /// <summary>Set only in the response to a successful invitation: the link exists nowhere else.</summary>
    public string? InvitationLink { get; private set; }

    public IssuedInvitation? Issued { get; private set; }

    /// <summary>The login name the link was made for, as stored.</summary>
    public string? InvitedUserName { get; private set; }

    protected override IReadOnlyCollection<string> KnownNotices { get; } = ["RolesChanged", "MemberDisabled", "MemberEnabled", "SecondFactorReset", "InvitationRevoked"];

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>
    /// Answers with the page itself rather than a redirect: the one-time link must not travel in a URL (history,
    /// proxies), and the page is not cached (no-store on every response).
    /// </summary>
    public async Task<IActionResult> OnPostInviteAsync(InviteForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            Issued = await mediator.Send(
                new InviteStaffMember(form.UserName, form.DisplayName, AdminText.Combine(form.Roles), form.OrganisationId), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            ShowRefusal(refusal);
            Invite = form;
            await LoadAsync();
            return Page();
        }

        InvitedUserName = form.UserName.Trim().ToLowerInvariant();
        InvitationLink = $"{Request.Scheme}://{Request.Host}/office/join/{Issued.Token}";
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostRolesAsync(Guid userId, List<StaffRoles> roles) =>
        ChangeAsync(new ChangeStaffRoles(userId, AdminText.Combine(roles)), "RolesChanged");

    public Task<IActionResult> OnPostDisableAsync(Guid userId) => ChangeAsync(new DisableStaffMember(userId), "MemberDisabled");

    public Task<IActionResult> OnPostEnableAsync(Guid userId) => ChangeAsync(new EnableStaffMember(userId), "MemberEnabled");

    public Task<IActionResult> OnPostResetSecondFactorAsync(Guid userId) => ChangeAsync(new ResetSecondFactor(userId), "SecondFactorReset");

    public Task<IActionResult> OnPostRevokeAsync(Guid invitationId) => ChangeAsync(new RevokeInvitation(invitationId), "InvitationRevoked");

    public int PendingTipsOf(Guid userId) => Pending.Members.FirstOrDefault(m => m.UserId == userId)?.Tips ?? 0;

    private async Task<IActionResult> ChangeAsync(ICommand<Unit> command, string notice)
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            ShowRefusal(refusal);
            await LoadAsync();
            return Page();
        }

        return Redirect(Path + "?done=" + notice);
    }

    private async Task LoadAsync()
    {
        Staff = await mediator.Send(new ListStaff(), HttpContext.RequestAborted);
        Pending = await mediator.Send(new CountPendingAccess(), HttpContext.RequestAborted);
        Organisations = await mediator.Send(new ListOrganisations(), HttpContext.RequestAborted);
    }
}

/// <summary>The fields of the invitation form.</summary>
public sealed class InviteForm
{
    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

#pragma warning disable CA2227 // bound from the posted form
    public List<StaffRoles> Roles { get; set; } = [];
#pragma warning restore CA2227

    public Guid? OrganisationId { get; set; }
}
