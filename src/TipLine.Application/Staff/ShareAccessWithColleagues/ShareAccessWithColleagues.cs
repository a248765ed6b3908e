using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff.ShareAccessWithColleagues;

/// <summary>
/// Wraps the keys of tips the actor can open for colleagues of their organisation who are entitled to those tips but
/// hold no wrap yet (new members, re-enabled members, new roles). Only a key holder can do it, with their own session
/// key: the server cannot. At most <see cref="BatchSize"/> tips per call; call again while <see cref="SharedAccess.MoreRemain"/>.
/// Audited in the handler, and only when something was granted, so calling it at every sign-in adds no noise.
/// See threat-model/decisions/0019-sharing-access-with-new-members.md.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ShareAccessWithColleagues : ICommand<SharedAccess>
{
    public const int BatchSize = 200;
}

/// <summary>How many wraps were added, and whether tips remain that this actor could still share.</summary>
public sealed record SharedAccess(int WrapsGranted, bool MoreRemain);
