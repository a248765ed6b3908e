using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Resealing.ResealRewardFiles;
using TipLine.Application.Staff.ShareAccessWithColleagues;
using TipLine.Domain.Staff;

namespace TipLine.Web.Pages.Office;

/// <summary>
/// /office, where every sign-in lands: first passes on tip access to colleagues who lack it (new, re-enabled or
/// promoted members; only a key holder can, ADR 0019) and re-seals reward files for the current reward officers
/// (ADR 0024), then sends each person to where their work is.
/// </summary>
public sealed class IndexModel(ICurrentActor actor, IMediator mediator, ILogger<IndexModel> logger) : PageModel
{
    private const StaffRoles KeyHolders = TipLine.Application.Cases.CaseWorkflow.CaseWorkerRoles;

    public async Task<IActionResult> OnGetAsync()
    {
        var roles = actor.Roles;
        if ((roles & KeyHolders) != 0)
        {
            await ShareAccessAsync();
        }

        if ((roles & StaffRoles.RewardOfficer) != 0)
        {
            await ResealRewardFilesAsync();
        }

        if ((roles & StaffRoles.IntakeInvestigator) != 0)
        {
            return Redirect("/office/inbox");
        }

        if ((roles & (StaffRoles.Prosecutor | StaffRoles.EnforcementOfficer)) != 0)
        {
            return Redirect("/office/cases");
        }

        if ((roles & StaffRoles.RewardOfficer) != 0)
        {
            return Redirect("/office/rewards");
        }

        return Page();
    }

    private async Task ResealRewardFilesAsync()
    {
        try
        {
            var resealed = await mediator.Send(new ResealRewardFiles(), HttpContext.RequestAborted);
            if (resealed.Claims + resealed.Proposals > 0)
            {
                logger.LogInformation("Re-sealed {Claims} reward claims and {Proposals} proposals for the current reward officers (more remain: {More})", resealed.Claims, resealed.Proposals, resealed.MoreRemain);
            }
        }
        catch (StaffKeyUnavailableException)
        {
            // No unlocked key in this session: nothing to open, so nothing to re-seal.
        }
    }

    // One batch per visit keeps the landing fast; the next colleague's sign-in (or this one's next visit) does the rest.
    private async Task ShareAccessAsync()
    {
        try
        {
            var shared = await mediator.Send(new ShareAccessWithColleagues(), HttpContext.RequestAborted);
            if (shared.WrapsGranted > 0)
            {
                logger.LogInformation("Shared {Count} tip-key wraps with colleagues (more remain: {More})", shared.WrapsGranted, shared.MoreRemain);
            }
        }
        catch (StaffKeyUnavailableException)
        {
            // No unlocked key in this session: nothing to share from.
        }
    }
}
