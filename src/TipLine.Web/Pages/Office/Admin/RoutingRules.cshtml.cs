using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Routing.CreateRoutingRule;
using TipLine.Application.Routing.DeleteRoutingRule;
using TipLine.Application.Routing.ListRoutingRules;
using TipLine.Domain.Cases;
using TipLine.Web.Office.Admin;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Admin;

/// <summary>/office/admin/routing-rules: the organisation's routing suggestions; investigators read them, administrators change them.</summary>
public sealed class RoutingRulesModel(IMediator mediator, ICurrentActor actor, IStringLocalizer<AdminResource> text, IStringLocalizer<OfficeResource> office)
    : AdministrationPageModel(actor, text, office)
{
    private const string Path = "/office/admin/routing-rules";

    public IReadOnlyList<RoutingRuleSummary> Rules { get; private set; } = [];

    /// <summary>Targets for the form; only administrators see the form (and may list organisations).</summary>
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public RuleForm Form { get; private set; } = new();

    protected override IReadOnlyCollection<string> KnownNotices { get; } = ["RuleCreated", "RuleDeleted"];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(RuleForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            await mediator.Send(
                new CreateRoutingRule(form.TargetOrganisationId, form.Country, form.TaxonGroup, form.Appendix, form.Platform, form.MinimumUrgency),
                HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            ShowRefusal(refusal);
            Form = form;
            await LoadAsync();
            return Page();
        }

        return Redirect(Path + "?done=RuleCreated");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid ruleId)
    {
        await mediator.Send(new DeleteRoutingRule(ruleId), HttpContext.RequestAborted);
        return Redirect(Path + "?done=RuleDeleted");
    }

    private async Task LoadAsync()
    {
        Rules = await mediator.Send(new ListRoutingRules(), HttpContext.RequestAborted);
        if (IsAdministrator)
        {
            Organisations = await mediator.Send(new ListOrganisations(), HttpContext.RequestAborted);
        }
    }
}

/// <summary>The fields of the rule form; an empty criterion matches any case.</summary>
public sealed class RuleForm
{
    public Guid TargetOrganisationId { get; set; }

    public string? Country { get; set; }

    public string? TaxonGroup { get; set; }

    public CitesAppendix? Appendix { get; set; }

    public string? Platform { get; set; }

    public Urgency? MinimumUrgency { get; set; }
}
