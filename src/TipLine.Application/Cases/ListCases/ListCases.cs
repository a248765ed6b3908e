using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.ListCases;

/// <summary>
/// The cases the actor's organisation can see (its own and those routed to it), filtered, newest first, 50 a page.
/// <see cref="Reference"/> finds references containing the text; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ListCases(
    CaseStatus? Status = null,
    Urgency? Urgency = null,
    string? Country = null,
    CitesAppendix? Appendix = null,
    bool AssignedToMe = false,
    string? Reference = null,
    int Page = 1) : IQuery<CaseListPage>;

public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// One case in the list. <see cref="EarliestFeedbackBy"/> is the nearest feedback deadline among its tips still
/// waiting for feedback (null when none is); <see cref="Owned"/> tells the owner's rows from routed ones.
/// </summary>
public sealed record CaseListRow(
    Guid Id,
    string Reference,
    CaseStatus Status,
    string? Taxon,
    CitesAppendix? Appendix,
    string? Platform,
    IReadOnlyList<string> Countries,
    Urgency Urgency,
    DateOnly OpenedOn,
    DateOnly? EarliestFeedbackBy,
    int TipCount,
    bool Owned);
