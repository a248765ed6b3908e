using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Cases.AddCaseNote;
using TipLine.Application.Cases.AddTipToCase;
using TipLine.Application.Cases.AssignCase;
using TipLine.Application.Cases.CloseCase;
using TipLine.Application.Cases.IssueTakedownNotice;
using TipLine.Application.Cases.ReadCase;
using TipLine.Application.Cases.StartInvestigation;
using TipLine.Application.Cases.StartProsecution;
using TipLine.Application.Cases.TriageCase;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Programmes.ListOpenRewardProgrammes;
using TipLine.Application.Rewards.Referrals.ListCaseReferrals;
using TipLine.Application.Rewards.Referrals.ReferCaseToProgramme;
using TipLine.Application.Rewards.Sanctions.ListSanctionEntries;
using TipLine.Application.Routing.RouteCase;
using TipLine.Application.Routing.WithdrawRouting;
using TipLine.Domain.Cases;
using TipLine.Web.Office;
using TipLine.Web.Office.Rewards;
using TipLine.Web.Resources;
using TipLine.Web.Security;

namespace TipLine.Web.Pages.Office.Cases;

/// <summary>
/// /office/cases/{id}: one case with a plain form per action (no JavaScript needed), each posting to its own handler
/// and redirecting back with ?done=... once the use case succeeded; a refusal shows the page again with its reasons.
/// Which forms appear comes from the actions the Application says this reader may take now.
/// </summary>
[Authorize(Policy = StaffAuthentication.Policy)]
public sealed class ShowModel(IMediator mediator, IStringLocalizer<CasesResource> localizer, IStringLocalizer<RewardsResource> rewardsText) : PageModel
{
    private static readonly string[] RewardDoneKeys = ["Referred", "SanctionRecorded"];

    private SanctionForm sanctionForm = new();

    private static readonly string[] DoneKeys =
    [
        "CaseCreated", "Triaged", "Assigned", "InvestigationStarted", "ProsecutionStarted", "Closed", "NoteAdded", "Routed",
        "RoutingWithdrawn", "NoticeIssued", "TipMerged",
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>What the previous POST did, shown once; only known keys, never text from the URL.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done switch
    {
        null => null,
        _ when DoneKeys.Contains(Done, StringComparer.Ordinal) => localizer["done." + Done].Value,
        _ when RewardDoneKeys.Contains(Done, StringComparer.Ordinal) => rewardsText["done." + Done].Value,
        _ => null,
    };

    public CaseDetails Case { get; private set; } = null!;

    /// <summary>The "Sanctions and rewards" section: referrals, programmes the case can still go to, and the ledger.</summary>
    public CaseRewards Rewards { get; private set; } = null!;

    [BindProperty]
    public Guid? ProgrammeId { get; set; }

    [BindProperty]
    public string? Taxon { get; set; }

    [BindProperty]
    public CitesAppendix? Appendix { get; set; }

    [BindProperty]
    public string? Platform { get; set; }

    [BindProperty]
    public List<string> Countries { get; set; } = [];

    [BindProperty]
    public string? ShipmentMethod { get; set; }

    [BindProperty]
    public Urgency Urgency { get; set; }

    [BindProperty]
    public Guid? AssigneeUserId { get; set; }

    [BindProperty]
    public CaseOutcome? Outcome { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public Guid? TipId { get; set; }

    [BindProperty]
    public Guid? PlatformOrganisationId { get; set; }

    [BindProperty]
    public string? ListingUrls { get; set; }

    [BindProperty]
    public string? SellerHandles { get; set; }

    [BindProperty]
    public string? PlatformNote { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Taxon = Case.Taxon;
        Appendix = Case.Appendix;
        Platform = Case.Platform;
        Countries = [.. Case.Countries];
        ShipmentMethod = Case.ShipmentMethod;
        Urgency = Case.Urgency;
        AssigneeUserId = Case.AssignedTo?.UserId;
    }

    public Task<IActionResult> OnPostTriageAsync() =>
        RunAsync(ct => mediator.Send(new TriageCase(Id, Taxon, Appendix, Platform, Countries, ShipmentMethod, Urgency), ct), "Triaged");

    public Task<IActionResult> OnPostAssignAsync() =>
        RunAsync(ct => mediator.Send(new AssignCase(Id, AssigneeUserId), ct), "Assigned");

    public Task<IActionResult> OnPostStartInvestigationAsync() =>
        RunAsync(ct => mediator.Send(new StartInvestigation(Id), ct), "InvestigationStarted");

    public Task<IActionResult> OnPostStartProsecutionAsync() =>
        RunAsync(ct => mediator.Send(new StartProsecution(Id), ct), "ProsecutionStarted");

    public Task<IActionResult> OnPostCloseAsync() =>
        Outcome is { } outcome ? RunAsync(ct => mediator.Send(new CloseCase(Id, outcome), ct), "Closed") : RefuseIncompleteFormAsync();

    public async Task<IActionResult> OnPostNoteAsync()
    {
        var result = await RunAsync(async ct => await mediator.Send(new AddCaseNote(Id, NoteText ?? string.Empty), ct), "NoteAdded");
        if (result is RedirectResult)
        {
            NoteText = null;
        }

        return result;
    }

    public Task<IActionResult> OnPostAddTipAsync() =>
        TipId is { } tipId ? RunAsync(ct => mediator.Send(new AddTipToCase(Id, tipId), ct), "TipMerged") : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostRouteAsync() =>
        OrganisationId is { } organisationId ? RunAsync(ct => mediator.Send(new RouteCase(Id, organisationId), ct), "Routed") : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostWithdrawAsync() =>
        OrganisationId is { } organisationId ? RunAsync(ct => mediator.Send(new WithdrawRouting(Id, organisationId), ct), "RoutingWithdrawn") : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostTakedownAsync() =>
        PlatformOrganisationId is { } platform
            ? RunAsync(
                async ct => await mediator.Send(new IssueTakedownNotice(Id, platform, CaseText.Lines(ListingUrls), CaseText.Lines(SellerHandles), PlatformNote), ct),
                "NoticeIssued")
            : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostReferAsync() =>
        ProgrammeId is { } programmeId
            ? RunAsync(ct => mediator.Send(new ReferCaseToProgramme(Id, programmeId), ct), "Referred", rewardsText)
            : RefuseIncompleteFormAsync();

    public async Task<IActionResult> OnPostSanctionAsync(SanctionForm sanction)
    {
        ArgumentNullException.ThrowIfNull(sanction);
        sanctionForm = sanction;
        return sanction.ToRequest(Id, ModelState, rewardsText) is { } request
            ? await RunAsync(ct => mediator.Send(request, ct), "SanctionRecorded", rewardsText)
            : await RedisplayAsync();
    }

    /// <summary>
    /// Runs one use case; on success back to the case (POST-redirect-GET), on refusal the page with its reasons, in
    /// <paramref name="messages"/> when the use case is another area's.
    /// </summary>
    private async Task<IActionResult> RunAsync<T>(Func<CancellationToken, ValueTask<T>> send, string done, IStringLocalizer? messages = null)
    {
        if (!ModelState.IsValid)
        {
            return await RefuseIncompleteFormAsync();
        }

        try
        {
            await send(HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            ValidationProblems.AddTo(ModelState, refusal, messages ?? localizer);
            return await RedisplayAsync();
        }

        return Redirect($"/office/cases/{Id:D}?done={done}");
    }

    private async Task<IActionResult> RefuseIncompleteFormAsync()
    {
        ModelState.AddModelError(string.Empty, localizer["form.invalid"]);
        return await RedisplayAsync();
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync()
    {
        Case = await mediator.Send(new ReadCase(Id), HttpContext.RequestAborted);
        var ct = HttpContext.RequestAborted;
        var referrals = await mediator.Send(new ListCaseReferrals(Id), ct);
        var referred = referrals.Select(r => r.ProgrammeId).ToHashSet();
        var programmes = (await mediator.Send(new ListOpenRewardProgrammes(), ct)).Where(p => !referred.Contains(p.Id)).ToList();
        var ledger = await mediator.Send(new ListSanctionEntries(Id), ct);
        sanctionForm.Currency ??= referrals.Select(r => r.Currency).FirstOrDefault();
        Rewards = new CaseRewards(referrals, programmes, new SanctionLedgerPanel(ledger, MayRecord: true, sanctionForm));
    }
}

/// <summary>What the case page's "Sanctions and rewards" section shows.</summary>
public sealed record CaseRewards(IReadOnlyList<CaseReferral> Referrals, IReadOnlyList<OpenRewardProgramme> OpenProgrammes, SanctionLedgerPanel Ledger);
