using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TipLine.Application.Abstractions;
using TipLine.Application.Deadlines;
using TipLine.Domain.Messaging;
using TipLine.Domain.Notifications;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;
using TipLine.Domain.Tips;

namespace TipLine.Application.Notifications;

/// <summary>
/// Derives staff notifications from the state of tips, so running it twice, or after a crash, changes nothing more:
/// every notification is one row per user, kind and object (a unique index), and a run only adds what is missing or
/// renews what announced an older event. A notification carries its kind, the tip's id and a day, never content.
/// <list type="bullet">
/// <item>NewTip: every enabled intake investigator of the channel's organisation, for each tip not in a case.</item>
/// <item>NewMessage: every enabled staff member holding a wrap of a tip that has an unread whistleblower message;
/// renewed when an unread message is newer than the notification's day. Days are the only clock, so several messages
/// on one day make one notification, and a message arriving on the day its notification was already read waits
/// until the next day's message or stays visible as unread in the tip itself.</item>
/// <item>AcknowledgementDue, FeedbackDue: the channel organisation's intake investigators, from
/// <see cref="AcknowledgementReminderDays"/> or <see cref="FeedbackReminderDays"/> days before the deadline while it is unmet.</item>
/// <item>DeadlineMissed: the channel organisation's administrators once a deadline has passed unmet (escalation);
/// renewed when a later deadline of the same tip is missed too (feedback after acknowledgement).</item>
/// </list>
/// A notification's day is the day it was raised or renewed.
/// </summary>
public sealed class NotificationSweep(ITipLineDatabase database, TimeProvider clock, ILogger<NotificationSweep> logger)
{
    public const int AcknowledgementReminderDays = 2;

    public const int FeedbackReminderDays = 14;

    /// <summary>Recurring-job entry point for new tips and messages (every few minutes).</summary>
    public Task<int> RunArrivalsAsync(CancellationToken cancellationToken) =>
        WantedNotifications.RaiseAsync(database, clock, logger, AddArrivalsAsync, cancellationToken);

    /// <summary>Recurring-job entry point for reminders and escalations; deadlines are days, so hourly is plenty.</summary>
    public Task<int> RunDeadlinesAsync(CancellationToken cancellationToken) =>
        WantedNotifications.RaiseAsync(database, clock, logger, AddDeadlinesAsync, cancellationToken);

    /// <summary>Everything at once; returns how many notifications were created or renewed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await RunArrivalsAsync(cancellationToken).ConfigureAwait(false) + await RunDeadlinesAsync(cancellationToken).ConfigureAwait(false);

    private async Task AddArrivalsAsync(WantedNotifications wanted, CancellationToken cancellationToken)
    {
        // Per investigator, only the inbox tips they were not told about yet: the inbox can hold many thousands.
        foreach (var investigator in wanted.Staff.Investigators)
        {
            var untold = await database.Tips.AsNoTracking()
                .Where(t => t.CaseId == null && (t.Status == TipStatus.Received || t.Status == TipStatus.Acknowledged)
                    && database.Channels.Any(c => c.Id == t.ChannelId && c.OrganisationId == investigator.OrganisationId)
                    && !database.Notifications.Any(n => n.StaffUserId == investigator.Id && n.Kind == NotificationKind.NewTip && n.ObjectId == t.Id))
                .Select(t => new { t.Id, t.ReceivedOn })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var tip in untold)
            {
                wanted.Add(investigator.Id, NotificationKind.NewTip, tip.Id, tip.ReceivedOn);
            }
        }

        var unread = await database.Messages.AsNoTracking()
            .Where(m => m.Direction == MessageDirection.FromWhistleblower && !m.ReadByRecipient)
            .GroupBy(m => m.TipId)
            .Select(g => new { TipId = g.Key, Newest = g.Max(m => m.SentOn) })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var tipIds = unread.Select(u => u.TipId).ToList();
        var holders = await database.TipKeyWraps.AsNoTracking()
            .Where(w => tipIds.Contains(w.TipId) && w.Holder == KeyWrapHolder.StaffUser)
            .Select(w => new { w.TipId, UserId = w.StaffUserId!.Value })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var newestByTip = unread.ToDictionary(u => u.TipId, u => u.Newest);
        foreach (var holder in holders.Where(h => wanted.Staff.Contains(h.UserId)))
        {
            wanted.Add(holder.UserId, NotificationKind.NewMessage, holder.TipId, newestByTip[holder.TipId]);
        }
    }

    private async Task AddDeadlinesAsync(WantedNotifications wanted, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var deadlines = await OpenDeadlines.DueByAsync(
            database.Tips.AsNoTracking(), today.AddDays(Math.Max(AcknowledgementReminderDays, FeedbackReminderDays)), cancellationToken).ConfigureAwait(false);
        var channelOrganisations = await database.Channels.AsNoTracking()
            .ToDictionaryAsync(c => c.Id, c => c.OrganisationId, cancellationToken)
            .ConfigureAwait(false);
        foreach (var deadline in deadlines)
        {
            var organisationId = channelOrganisations[deadline.ChannelId];
            var (reminder, reminderDays) = deadline.Kind == DeadlineKind.Acknowledgement
                ? (NotificationKind.AcknowledgementDue, AcknowledgementReminderDays)
                : (NotificationKind.FeedbackDue, FeedbackReminderDays);
            var remindFrom = deadline.DueOn.AddDays(-reminderDays);
            if (today >= remindFrom)
            {
                wanted.AddForEach(wanted.Staff.WithRole(organisationId, StaffRoles.IntakeInvestigator), reminder, deadline.TipId, remindFrom);
            }

            if (deadline.IsOverdueOn(today))
            {
                wanted.AddForEach(wanted.Staff.WithRole(organisationId, StaffRoles.Administrator), NotificationKind.DeadlineMissed, deadline.TipId, deadline.DueOn.AddDays(1));
            }
        }
    }
}
