using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Organisations.UpdateOrganisation;
using TipLine.Domain.Organisations;
using TipLine.Web.Office.Admin;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Admin;

/// <summary>/office/admin/organisations: every organisation; administrators add and edit them (?edit={id}).</summary>
public sealed class OrganisationsModel(IMediator mediator, ICurrentActor actor, IStringLocalizer<AdminResource> text, IStringLocalizer<OfficeResource> office)
    : AdministrationPageModel(actor, text, office)
{
    private const string Path = "/office/admin/organisations";

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    /// <summary>The organisation being edited, or null when the form adds one.</summary>
    public OrganisationSummary? Editing { get; private set; }

    public OrganisationForm Form { get; private set; } = new();

    protected override IReadOnlyCollection<string> KnownNotices { get; } = ["OrganisationCreated", "OrganisationUpdated"];

    public async Task<IActionResult> OnGetAsync(Guid? edit)
    {
        await LoadAsync();
        if (edit is { } id)
        {
            Editing = Organisations.FirstOrDefault(o => o.Id == id);
            if (Editing is null)
            {
                return NotFound();
            }

            Form = new OrganisationForm
            {
                Name = Editing.Name,
                Type = Editing.Type,
                Jurisdictions = [.. Editing.Jurisdictions],
                EscrowRecipient = Editing.EscrowRecipient,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(OrganisationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            await mediator.Send(new CreateOrganisation(form.Name, form.Type, form.Jurisdictions), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            return await RedisplayAsync(form, null, refusal);
        }

        return Redirect(Path + "?done=OrganisationCreated");
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, OrganisationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        await LoadAsync();
        var current = Organisations.FirstOrDefault(o => o.Id == id);
        if (current is null)
        {
            return NotFound();
        }

        // Another organisation's escrow key is shown, not posted: keep it as it is.
        var escrow = id == OwnOrganisationId ? form.EscrowRecipient : current.EscrowRecipient;
        try
        {
            await mediator.Send(new UpdateOrganisation(id, form.Name, form.Type, form.Jurisdictions, escrow), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            return await RedisplayAsync(form, current, refusal);
        }

        return Redirect(Path + "?done=OrganisationUpdated");
    }

    private async Task<IActionResult> RedisplayAsync(OrganisationForm form, OrganisationSummary? editing, RequestValidationException refusal)
    {
        ShowRefusal(refusal);
        await LoadAsync();
        Editing = editing;
        Form = form;
        return Page();
    }

    private async Task LoadAsync() => Organisations = await mediator.Send(new ListOrganisations(), HttpContext.RequestAborted);
}

/// <summary>The fields of the add and edit forms.</summary>
public sealed class OrganisationForm
{
    public string Name { get; set; } = string.Empty;

    public OrganisationType Type { get; set; }

#pragma warning disable CA2227 // bound from the posted form
    public List<string> Jurisdictions { get; set; } = [];
#pragma warning restore CA2227

    public string? EscrowRecipient { get; set; }
}
