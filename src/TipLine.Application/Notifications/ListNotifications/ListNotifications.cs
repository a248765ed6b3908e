using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Paging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notifications.ListNotifications;

/// <summary>The actor's own notifications, newest first; each names a kind, an object and a day, nothing more.</summary>
[RequiresRole(
    StaffRoles.Administrator,
    StaffRoles.IntakeInvestigator,
    StaffRoles.Prosecutor,
    StaffRoles.EnforcementOfficer,
    StaffRoles.RewardOfficer,
    StaffRoles.Auditor)]
public sealed record ListNotifications(int PageNumber = 1) : IQuery<NotificationList>
{
    public const int PageSize = 50;
}

public sealed record NotificationList(PagedList<NotificationItem> Notifications, int UnreadCount);

/// <summary>
/// One notification. <see cref="ObjectId"/> is what it is about (a tip, a case, a reward referral, notice or claim);
/// <see cref="TargetId"/> is the <see cref="Target"/> page it leads to: the same object, except for a notice, which
/// leads to its referral's page.
/// </summary>
public sealed record NotificationItem(Guid Id, NotificationKind Kind, Guid ObjectId, DateOnly Day, bool IsRead, NotificationTarget Target, Guid TargetId)
{
    public static NotificationTarget TargetOf(NotificationKind kind) => kind switch
    {
        NotificationKind.CaseRouted => NotificationTarget.Case,
        NotificationKind.RewardReferred or NotificationKind.ClaimWindowClosed => NotificationTarget.RewardReferral,
        NotificationKind.RewardClaimFiled or NotificationKind.AwardAwaitingApproval or NotificationKind.FinalDeterminationDue
            or NotificationKind.RewardPaymentDue => NotificationTarget.RewardClaim,
        _ => NotificationTarget.Tip,
    };
}

public enum NotificationTarget
{
    Tip = 1,
    Case = 2,
    RewardReferral = 3,
    RewardClaim = 4,
}
