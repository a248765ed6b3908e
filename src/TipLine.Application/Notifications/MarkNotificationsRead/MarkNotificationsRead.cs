using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notifications.MarkNotificationsRead;

/// <summary>Marks some of the actor's own notifications read; naming anyone else's is "not found", like a missing one.</summary>
[RequiresRole(
    StaffRoles.Administrator,
    StaffRoles.IntakeInvestigator,
    StaffRoles.Prosecutor,
    StaffRoles.EnforcementOfficer,
    StaffRoles.RewardOfficer,
    StaffRoles.Auditor)]
public sealed record MarkNotificationsRead(IReadOnlyList<Guid> NotificationIds) : ICommand<int>, IAuditedRequest<int>
{
    public const int MaximumCount = ListNotifications.ListNotifications.PageSize;

    /// <summary>One notification is named; several are counted in the action, since an entry holds one object id.</summary>
    public AuditedAction DescribeForAudit(int response) => NotificationIds.Count == 1
        ? new("notification.read", nameof(Notification), NotificationIds[0].ToString("D"))
        : new("notification.read", nameof(Notification), null);
}
