using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Paging;
using TipLine.Domain.Staff;

namespace TipLine.Application.Audit.ReadAuditLog;

/// <summary>
/// The audit log, newest first: who (a staff member, or the system), did what, to which object, on which day.
/// Optionally only actions starting with <see cref="ActionPrefix"/> (e.g. "case." or "case.destroy") and only days
/// from <see cref="From"/> to <see cref="To"/> inclusive. Reading changes nothing, so it is not itself audited.
/// </summary>
[RequiresRole(StaffRoles.Auditor, StaffRoles.Administrator)]
public sealed record ReadAuditLog(string? ActionPrefix = null, DateOnly? From = null, DateOnly? To = null, int PageNumber = 1)
    : IQuery<PagedList<AuditLogEntry>>
{
    public const int PageSize = 100;
}

/// <summary>One entry; <see cref="ActorDisplayName"/> is null for the system, and for an actor whose account no longer exists.</summary>
public sealed record AuditLogEntry(
    long Sequence,
    DateOnly Day,
    Guid? ActorUserId,
    string? ActorDisplayName,
    string Action,
    string ObjectType,
    string? ObjectId)
{
    public bool IsSystem => ActorUserId is null;
}
