using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Notices.PostRewardNotice;
using TipLine.Application.Rewards.Referrals.ReadRewardReferral;
using TipLine.Web.Office.Rewards;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Rewards;

/// <summary>
/// /office/rewards/referrals/{id}: one referral for its programme's reward officers (and auditors, read only): the case's
/// triage metadata, the ledger with its record form, the notice and the claims. POST-redirect-GET; a refusal shows the
/// page again with its reasons.
/// </summary>
public sealed class ReferralModel(IMediator mediator, IStringLocalizer<RewardsResource> text) : PageModel
{
    private static readonly string[] DoneKeys = ["SanctionRecorded", "NoticePosted"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Notice => Done is not null && DoneKeys.Contains(Done, StringComparer.Ordinal) ? text["done." + Done].Value : null;

    public RewardReferralDetails Details { get; private set; } = null!;

    public SanctionLedgerPanel LedgerPanel { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync(new SanctionForm());

    public async Task<IActionResult> OnPostSanctionAsync(SanctionForm sanction)
    {
        ArgumentNullException.ThrowIfNull(sanction);
        await LoadAsync(sanction);
        if (sanction.ToRequest(Details.Case.Id, ModelState, text) is not { } request)
        {
            return Redisplay();
        }

        return await RunAsync(ct => mediator.Send(request, ct), "SanctionRecorded");
    }

    public async Task<IActionResult> OnPostNoticeAsync()
    {
        await LoadAsync(new SanctionForm());
        return await RunAsync(ct => mediator.Send(new PostRewardNotice(Id), ct), "NoticePosted");
    }

    private async Task<IActionResult> RunAsync(Func<CancellationToken, ValueTask<Guid>> send, string done)
    {
        try
        {
            await send(HttpContext.RequestAborted);
        }
        catch (RequestValidationException refusal)
        {
            var currency = Details.Programme.Terms.Currency;
            RewardsText.AddProblems(
                ModelState, refusal, text, RewardsText.Money(Details.Collected, currency), RewardsText.Money(Details.Programme.Terms.MinimumCollected, currency));
            return Redisplay();
        }

        return Redirect($"/office/rewards/referrals/{Id:D}?done={done}");
    }

    private PageResult Redisplay()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(SanctionForm form)
    {
        Details = await mediator.Send(new ReadRewardReferral(Id), HttpContext.RequestAborted);
        form.Currency ??= Details.Programme.Terms.Currency;
        LedgerPanel = new SanctionLedgerPanel(Details.Ledger, Details.MayRecordSanctions, form);
    }
}
