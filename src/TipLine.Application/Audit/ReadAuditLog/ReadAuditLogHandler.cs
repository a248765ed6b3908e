using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Paging;

namespace TipLine.Application.Audit.ReadAuditLog;

public sealed class ReadAuditLogHandler(ITipLineDatabase database) : IQueryHandler<ReadAuditLog, PagedList<AuditLogEntry>>
{
    public async ValueTask<PagedList<AuditLogEntry>> Handle(ReadAuditLog query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = database.AuditEntries.AsNoTracking();
        if (query.ActionPrefix?.Trim() is { Length: > 0 } prefix)
        {
            entries = entries.Where(e => e.Action.StartsWith(prefix));
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.Day >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.Day <= to);
        }

        var total = await entries.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await entries
            .OrderByDescending(e => e.Sequence)
            .Skip(PageNumbers.Skip(query.PageNumber, ReadAuditLog.PageSize))
            .Take(ReadAuditLog.PageSize)
            .Select(e => new { e.Sequence, e.Day, e.ActorUserId, e.Action, e.ObjectType, e.ObjectId })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var actorIds = page.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var names = await database.StaffUsers.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken)
            .ConfigureAwait(false);
        var rows = page
            .Select(e => new AuditLogEntry(
                e.Sequence,
                e.Day,
                e.ActorUserId,
                e.ActorUserId is { } actor && names.TryGetValue(actor, out var name) ? name : null,
                e.Action,
                e.ObjectType,
                e.ObjectId))
            .ToList();
        return new PagedList<AuditLogEntry>(rows, PageNumbers.Normalise(query.PageNumber), ReadAuditLog.PageSize, total);
    }
}
