using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.CountPendingAccess;

/// <summary>
/// For the administrator's organisation: how many (member, tip) pairs lack a key wrap although the member's roles
/// entitle them to the tip. They wait for a colleague who holds the tip to share access (ShareAccessWithColleagues).
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record CountPendingAccess : IQuery<PendingAccess>;

public sealed record PendingAccess(int Total, IReadOnlyList<MemberPendingAccess> Members);

/// <summary>An enabled member still waiting for access to <see cref="Tips"/> tips; members waiting for none are left out.</summary>
public sealed record MemberPendingAccess(Guid UserId, int Tips);
