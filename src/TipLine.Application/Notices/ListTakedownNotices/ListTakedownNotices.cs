using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notices.ListTakedownNotices;

/// <summary>The takedown notices addressed to the actor's organisation (a platform), newest first, 50 a page.</summary>
[RequiresRole(StaffRoles.EnforcementOfficer, StaffRoles.IntakeInvestigator)]
public sealed record ListTakedownNotices(bool OnlyAwaitingAction = false, int Page = 1) : IQuery<TakedownNoticePage>;

public sealed record TakedownNoticePage(IReadOnlyList<TakedownNoticeSummary> Notices, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
