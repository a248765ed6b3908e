using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Messaging;

namespace TipLine.Application.Messaging;

/// <summary>A tip's conversation, written to by the whistleblower and by staff alike.</summary>
public static class Conversation
{
    /// <summary>
    /// The sequence the next message of <paramref name="tipId"/> takes. Call inside the use case's transaction: it takes
    /// the audit-log lock first, so two senders (either side) queue instead of reading the same last sequence and
    /// colliding on the unique (tip, sequence) index when the second commits.
    /// </summary>
    public static async Task<int> NextSequenceAsync(ITipLineDatabase database, Guid tipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        var stored = await database.Messages
            .Where(m => m.TipId == tipId)
            .MaxAsync(m => (int?)m.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        var pending = database.Messages.Local.Where(m => m.TipId == tipId).Max(m => (int?)m.Sequence) ?? 0;
        return Math.Max(stored, pending) + 1;
    }

    /// <summary>Marks the unread messages sent in <paramref name="direction"/> as seen by their recipient; returns how many.</summary>
    public static async Task<int> MarkReadAsync(ITipLineDatabase database, Guid tipId, MessageDirection direction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var unread = await database.Messages
            .Where(m => m.TipId == tipId && m.Direction == direction && !m.ReadByRecipient)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        unread.ForEach(m => m.MarkRead());
        return unread.Count;
    }
}
