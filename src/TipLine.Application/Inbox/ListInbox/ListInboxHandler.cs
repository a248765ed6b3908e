using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Domain.Messaging;
using TipLine.Domain.Tips;

namespace TipLine.Application.Inbox.ListInbox;

/// <summary>
/// Two queries whatever the inbox size: one counts waiting tips per channel (the filter and the page count), one reads
/// the page's rows with their message, file and wrap counts as correlated subqueries (no query per row).
/// </summary>
public sealed class ListInboxHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListInbox, InboxPage>
{
    public async ValueTask<InboxPage> Handle(ListInbox query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisationId = actor.RequireOrganisation();
        var userId = actor.RequireUser();
        var waiting = database.Tips.AsNoTracking()
            .VisibleTo(database, organisationId)
            .Where(t => t.CaseId == null && (t.Status == TipStatus.Received || t.Status == TipStatus.Acknowledged));

        var channels = await database.Channels.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId)
            .OrderBy(c => c.Name)
            .Select(c => new InboxChannel(c.Id, c.Name, waiting.Count(t => t.ChannelId == c.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        int tipCount;
        if (query.ChannelId is { } channelId)
        {
            tipCount = channels.SingleOrDefault(c => c.Id == channelId)?.Tips ?? throw new NotFoundException("channel");
            waiting = waiting.Where(t => t.ChannelId == channelId);
        }
        else
        {
            tipCount = channels.Sum(c => c.Tips);
        }

        var pageCount = Math.Max(1, (tipCount + ListInbox.PageSize - 1) / ListInbox.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        // The page's ids first, in a subquery: the per-row counts are then computed for these fifty rows only, not
        // for every row the database sorts and skips.
        var pageIds = waiting
            .OrderByDescending(t => t.ReceivedOn)
            .ThenBy(t => t.Id)
            .Skip((page - 1) * ListInbox.PageSize)
            .Take(ListInbox.PageSize)
            .Select(t => t.Id);
        var rows = await database.Tips.AsNoTracking()
            .Where(t => pageIds.Contains(t.Id))
            .Join(database.Channels, t => t.ChannelId, c => c.Id, (t, c) => new { Tip = t, ChannelName = c.Name })
            .OrderByDescending(x => x.Tip.ReceivedOn)
            .ThenBy(x => x.Tip.Id)
            .Select(x => new
            {
                x.Tip.Id,
                x.ChannelName,
                x.Tip.Status,
                x.Tip.ReceivedOn,
                x.Tip.AcknowledgedOn,
                x.Tip.FeedbackGivenOn,
                Unread = database.Messages.Count(m => m.TipId == x.Tip.Id && m.Direction == MessageDirection.FromWhistleblower && !m.ReadByRecipient),
                Files = database.Attachments.Count(a => a.TipId == x.Tip.Id),
                Readable = database.TipKeyWraps.Any(w => w.TipId == x.Tip.Id && w.StaffUserId == userId && w.Holder == KeyWrapHolder.StaffUser),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var tips = rows
            .Select(r => new InboxTip(
                r.Id,
                r.ChannelName,
                r.Status,
                r.ReceivedOn,
                Tip.AcknowledgementDeadline(r.ReceivedOn),
                Tip.FeedbackDeadline(r.ReceivedOn, r.AcknowledgedOn),
                r.FeedbackGivenOn is not null,
                r.Unread,
                r.Files,
                r.Readable))
            .ToList();
        return new InboxPage(tips, channels, query.ChannelId, page, pageCount, tipCount);
    }
}
