using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.ListStaff;

/// <summary>The members of the administrator's own organisation and its invitations not yet accepted.</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record ListStaff : IQuery<StaffList>;

public sealed record StaffList(IReadOnlyList<StaffMemberSummary> Members, IReadOnlyList<InvitationSummary> Invitations);

public sealed record StaffMemberSummary(Guid Id, string UserName, string DisplayName, StaffRoles Roles, bool IsDisabled, bool HasSecondFactor);

/// <summary>An invitation nobody has accepted yet; an expired one stays listed until revoked, so the administrator sees it lapsed.</summary>
public sealed record InvitationSummary(Guid Id, string UserName, string DisplayName, StaffRoles Roles, DateOnly InvitedOn, DateOnly ExpiresOn, bool IsExpired);
