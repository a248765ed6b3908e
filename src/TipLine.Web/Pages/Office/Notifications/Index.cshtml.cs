using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TipLine.Application.Errors;
using TipLine.Application.Notifications.ListNotifications;
using TipLine.Application.Notifications.MarkNotificationsRead;
using TipLine.Web.Office.Oversight;
using TipLine.Web.Resources;

namespace TipLine.Web.Pages.Office.Notifications;

/// <summary>/office/notifications: my notifications, newest first; marking read is a plain form post, then back here.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<OversightResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = Pager.PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    public NotificationList Notifications { get; private set; } = null!;

    public List<string> Errors { get; } = [];

    public Pager Pager => new(Notifications.Notifications.PageNumber, Notifications.Notifications.PageCount, "/office/notifications", new Dictionary<string, string?>());

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostMarkReadAsync([FromForm(Name = "ids")] List<Guid> ids)
    {
        try
        {
            await mediator.Send(new MarkNotificationsRead(ids), HttpContext.RequestAborted);
        }
        catch (RequestValidationException refused)
        {
            Errors.AddRange(LocalisedProblems.Of(refused, localizer));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync();
            return Page();
        }

        return Redirect(new Pager(PageNumber, PageNumber, "/office/notifications", new Dictionary<string, string?>()).LinkTo(Math.Max(1, PageNumber)));
    }

    /// <summary>Where a notification leads: the page of its target (a tip, a case, a reward referral or claim).</summary>
    public static string LinkOf(NotificationItem notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Target switch
        {
            NotificationTarget.Case => $"/office/cases/{notification.TargetId}",
            NotificationTarget.RewardReferral => $"/office/rewards/referrals/{notification.TargetId}",
            NotificationTarget.RewardClaim => $"/office/rewards/claims/{notification.TargetId}",
            _ => $"/office/tips/{notification.TargetId}",
        };
    }

    private async Task LoadAsync() => Notifications = await mediator.Send(new ListNotifications(PageNumber), HttpContext.RequestAborted);
}
