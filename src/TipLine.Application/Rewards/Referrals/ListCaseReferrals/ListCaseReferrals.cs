using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Referrals.ListCaseReferrals;

/// <summary>The programmes a case the actor sees was referred to, and whether a notice has been posted, for the case page.</summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ListCaseReferrals(Guid CaseId) : IQuery<IReadOnlyList<CaseReferral>>;

public sealed record CaseReferral(Guid Id, Guid ProgrammeId, string ProgrammeName, string OrganisationName, string Currency, DateOnly ReferredOn, DateOnly? NoticePostedOn);
