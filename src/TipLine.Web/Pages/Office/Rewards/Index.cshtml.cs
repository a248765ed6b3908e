using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Rewards.Referrals.ListRewardReferrals;

namespace TipLine.Web.Pages.Office.Rewards;

/// <summary>/office/rewards: the reward officers' (and auditors') workspace, every referral to their organisation's programmes.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<RewardReferralRow> Referrals { get; private set; } = [];

    public async Task OnGetAsync() => Referrals = await mediator.Send(new ListRewardReferrals(), HttpContext.RequestAborted);
}
