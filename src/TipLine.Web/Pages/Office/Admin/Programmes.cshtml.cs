using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Programmes;
using TipLine.Application.Rewards.Programmes.CreateRewardProgramme;
using TipLine.Application.Rewards.Programmes.ListRewardProgrammes;
using TipLine.Domain.Staff;
using TipLine.Web.Office.Rewards;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Admin;

/// <summary>/office/admin/programmes: the reward programmes the organisation runs; its administrators add them.</summary>
public sealed class ProgrammesModel(IMediator mediator, ICurrentActor actor, IStringLocalizer<RewardsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done == "ProgrammeCreated" ? text["done.ProgrammeCreated"].Value : null;

    public bool IsAdministrator => (actor.Roles & StaffRoles.Administrator) == StaffRoles.Administrator;

    public IReadOnlyList<RewardProgrammeSummary> Programmes { get; private set; } = [];

    public ProgrammeForm Form { get; private set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(ProgrammeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Form = form;
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, text[RewardsText.FormInvalid]);
            return await RedisplayAsync();
        }

        if (form.ToTerms(ModelState, text) is not { } terms)
        {
            return await RedisplayAsync();
        }

        try
        {
            await mediator.Send(new CreateRewardProgramme(terms), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            RewardsText.AddProblems(ModelState, refusal, text);
            return await RedisplayAsync();
        }

        return Redirect("/office/admin/programmes?done=ProgrammeCreated");
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync() => Programmes = await mediator.Send(new ListRewardProgrammes(), HttpContext.RequestAborted);
}
