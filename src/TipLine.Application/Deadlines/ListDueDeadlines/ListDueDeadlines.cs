using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Paging;
using TipLine.Domain.Staff;

namespace TipLine.Application.Deadlines.ListDueDeadlines;

/// <summary>
/// What is due: acknowledgement and feedback deadlines of the tips the actor's organisation sees, overdue ones and
/// those falling in the next <see cref="HorizonDays"/> days, earliest first.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ListDueDeadlines(int PageNumber = 1) : IQuery<DueDeadlines>
{
    public const int HorizonDays = 30;

    public const int PageSize = 100;
}

/// <summary>A page of due deadlines, with the day they were computed for (so "overdue" and "in N days" agree with it).</summary>
public sealed record DueDeadlines(DateOnly Today, PagedList<DueDeadline> Deadlines);

public sealed record DueDeadline(Guid TipId, DateOnly ReceivedOn, Guid? CaseId, string? CaseReference, DeadlineKind Kind, DateOnly DueOn, bool IsOverdue);
