using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Awards.ApproveDetermination;
using TipLine.Application.Rewards.Awards.ProposeDetermination;
using TipLine.Application.Rewards.Awards.ReadRewardClaim;
using TipLine.Application.Rewards.Awards.RecordAppeal;
using TipLine.Application.Rewards.Awards.RecordAppealDecision;
using TipLine.Application.Rewards.Awards.RecordRewardPayment;
using TipLine.Application.Rewards.Awards.ReturnDetermination;
using TipLine.Application.Rewards.Awards.ReverseRewardPayment;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;
using TipLine.Web.Resources;
using TipLine.Web.Security;

using TipLine.Web.Office.Rewards;

namespace TipLine.Web.Pages.Office.Rewards.Awards;

/// <summary>
/// /office/rewards/claims/{id}: one reward claim for its programme's reward officers (auditors see the figures only),
/// with a plain form per action (no JavaScript needed), each posting to its own handler and redirecting back with
/// ?done=... once the use case succeeded; a refusal shows the page again with its reasons. Which forms appear comes
/// from the actions the Application says this reader may take now.
/// </summary>
[Authorize(Policy = StaffAuthentication.Policy)]
public sealed class ClaimModel(IMediator mediator, IStringLocalizer<AwardsResource> localizer, TimeProvider clock) : PageModel
{
    private static readonly string[] DoneKeys = ["Proposed", "Approved", "Returned", "AppealRecorded", "AppealDecided", "PaymentRecorded", "PaymentReversed"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>What the previous POST did, shown once; only known keys, never text from the URL.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done is not null && DoneKeys.Contains(Done, StringComparer.Ordinal) ? localizer["done." + Done].Value : null;

    public RewardClaimView Claim { get; private set; } = null!;

    public DateOnly Today => clock.Today();

    [BindProperty]
    public string? Percent { get; set; }

    [BindProperty]
    public bool NoAward { get; set; }

    /// <summary>The reasons typed per factor, read from "Reasons[Factor]" fields by the propose handler only.</summary>
    public Dictionary<RewardFactor, string> Reasons { get; private set; } = [];

    [BindProperty]
    public Guid? ProposalId { get; set; }

    [BindProperty]
    public string? ReturnReason { get; set; }

    [BindProperty]
    public string? AppealReference { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Currency { get; set; }

    [BindProperty]
    public string? PaidOn { get; set; }

    [BindProperty]
    public string? PaymentReference { get; set; }

    [BindProperty]
    public Guid? PaymentId { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostProposeAsync()
    {
        // Read by name rather than bound: a dictionary bound from the whole form would take every other field as a key.
        Reasons = Enum.GetValues<RewardFactor>()
            .Select(factor => (factor, text: Request.Form[$"Reasons[{factor}]"].ToString()))
            .Where(reason => reason.text.Length > 0)
            .ToDictionary(reason => reason.factor, reason => reason.text);
        return AwardOrNone() is (true, var percent)
            ? RunAsync(async ct => await mediator.Send(new ProposeDetermination(Id, percent, Reasons), ct), "Proposed")
            : RefuseIncompleteFormAsync();
    }

    public Task<IActionResult> OnPostApproveAsync() =>
        ProposalId is { } proposal ? RunAsync(async ct => await mediator.Send(new ApproveDetermination(proposal), ct), "Approved") : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostReturnAsync() =>
        ProposalId is { } proposal ? RunAsync(async ct => await mediator.Send(new ReturnDetermination(proposal, ReturnReason), ct), "Returned") : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostAppealAsync() =>
        RunAsync(async ct => await mediator.Send(new RecordAppeal(Id, AppealReference ?? string.Empty), ct), "AppealRecorded");

    public Task<IActionResult> OnPostAppealDecisionAsync() =>
        AwardOrNone() is (true, var percent)
            ? RunAsync(async ct => await mediator.Send(new RecordAppealDecision(Id, percent), ct), "AppealDecided")
            : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostPayAsync() =>
        (RewardsText.ParseNumber(Amount), RewardsText.ParseDay(PaidOn)) is ({ } amount, { } paidOn)
            ? RunAsync(async ct => await mediator.Send(new RecordRewardPayment(Id, amount, Currency ?? string.Empty, paidOn, PaymentReference ?? string.Empty), ct), "PaymentRecorded")
            : RefuseIncompleteFormAsync();

    public Task<IActionResult> OnPostReverseAsync() =>
        PaymentId is { } payment
            ? RunAsync(async ct => await mediator.Send(new ReverseRewardPayment(payment, PaymentReference ?? string.Empty), ct), "PaymentReversed")
            : RefuseIncompleteFormAsync();

    /// <summary>The award the form asks for: "no award" ticked, or a number typed (the Application checks the band).</summary>
    private (bool Complete, decimal? Percent) AwardOrNone() =>
        NoAward ? (true, null) : RewardsText.ParseNumber(Percent) is { } percent ? (true, percent) : (false, null);

    /// <summary>Runs one use case; on success back to the claim (POST-redirect-GET), on refusal the page with its reasons.</summary>
    private async Task<IActionResult> RunAsync(Func<CancellationToken, Task> send, string done)
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
            await LoadAsync();

            // A payment refused for exceeding what is outstanding says how much is: the message takes the amount.
            var outstanding = RewardsText.Money(Claim.Ledger.Outstanding, Claim.Ledger.Currency);
            foreach (var problem in refusal.Problems)
            {
                ModelState.AddModelError(problem.Field, localizer[problem.MessageKey, outstanding]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/office/rewards/claims/{Id:D}?done={done}");
    }

    private async Task<IActionResult> RefuseIncompleteFormAsync()
    {
        ModelState.AddModelError(string.Empty, localizer["form.invalid"]);
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync() => Claim = await mediator.Send(new ReadRewardClaim(Id), HttpContext.RequestAborted);
}
