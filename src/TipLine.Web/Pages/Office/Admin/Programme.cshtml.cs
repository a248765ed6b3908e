using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Programmes;
using TipLine.Application.Rewards.Programmes.ListRewardProgrammes;
using TipLine.Application.Rewards.Programmes.SetRewardProgrammeActive;
using TipLine.Application.Rewards.Programmes.UpdateRewardProgramme;
using TipLine.Domain.Staff;
using TipLine.Web.Office.Rewards;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Admin;

/// <summary>/office/admin/programmes/{id}: an administrator edits one of their organisation's programmes and (de)activates it.</summary>
public sealed class ProgrammeModel(IMediator mediator, ICurrentActor actor, IStringLocalizer<RewardsResource> text) : PageModel
{
    private static readonly string[] DoneKeys = ["ProgrammeUpdated", "ProgrammeActivated", "ProgrammeDeactivated"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done is not null && DoneKeys.Contains(Done, StringComparer.Ordinal) ? text["done." + Done].Value : null;

    public RewardProgrammeSummary Programme { get; private set; } = null!;

    public ProgrammeForm Form { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Form = ProgrammeForm.From(Programme.Terms);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(ProgrammeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Form = form;
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, text[RewardsText.FormInvalid]);
            return Redisplay();
        }

        if (form.ToTerms(ModelState, text) is not { } terms)
        {
            return Redisplay();
        }

        return await RunAsync(ct => mediator.Send(new UpdateRewardProgramme(Id, terms), ct), "ProgrammeUpdated");
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Form = ProgrammeForm.From(Programme.Terms);
        return await RunAsync(ct => mediator.Send(new SetRewardProgrammeActive(Id, active), ct), active ? "ProgrammeActivated" : "ProgrammeDeactivated");
    }

    private async Task<IActionResult> RunAsync(Func<CancellationToken, ValueTask<Mediator.Unit>> send, string done)
    {
        try
        {
            await send(HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            RewardsText.AddProblems(ModelState, refusal, text);
            return Redisplay();
        }

        return Redirect($"/office/admin/programmes/{Id:D}?done={done}");
    }

    private PageResult Redisplay()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The programme (own organisation's, administrators only), or the answer to give instead.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if ((actor.Roles & StaffRoles.Administrator) != StaffRoles.Administrator)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var programmes = await mediator.Send(new ListRewardProgrammes(), HttpContext.RequestAborted);
        var programme = programmes.FirstOrDefault(p => p.Id == Id);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        return null;
    }
}
