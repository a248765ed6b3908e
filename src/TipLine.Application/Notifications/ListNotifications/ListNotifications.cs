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

/// <summary>One notification; <see cref="ObjectId"/> is a case for <see cref="NotificationKind.CaseRouted"/> and a tip otherwise.</summary>
public sealed record NotificationItem(Guid Id, NotificationKind Kind, Guid ObjectId, DateOnly Day, bool IsRead)
{
    public bool IsAboutCase => Kind == NotificationKind.CaseRouted;
}
