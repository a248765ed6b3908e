using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Validation;
using TipLine.Domain.Staff;
using TipLine.Domain.Time;

namespace TipLine.Application.Staff.InviteStaffMember;

/// <summary>
/// A valid login name nobody has or has been invited under (in any organisation), a display name and at least one
/// role. Another organisation may only be given its first member, who must be an administrator.
/// </summary>
public sealed class InviteStaffMemberValidator(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : IValidator<InviteStaffMember>
{
    public const string OrganisationUnknown = "staff.organisation.unknown";
    public const string OrganisationHasMembers = "staff.organisation.hasMembers";
    public const string FirstMemberAdministers = "staff.roles.firstMemberAdministers";

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(InviteStaffMember request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        var userName = StaffMemberRules.NormaliseUserName(request.UserName);
        if (StaffMemberRules.CheckUserName(userName) is { } userNameProblem)
        {
            problems.Add(userNameProblem);
        }
        else if (await IsTakenAsync(userName, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new(nameof(request.UserName), StaffMemberRules.UserNameTaken));
        }

        problems.AddRange(new[] { StaffMemberRules.CheckDisplayName(request.DisplayName), StaffMemberRules.CheckRoles(request.Roles) }.OfType<ValidationProblem>());
        if (request.OrganisationId is { } target && target != actor.RequireOrganisation())
        {
            problems.AddRange(await CheckFirstMemberAsync(target, request.Roles, cancellationToken).ConfigureAwait(false));
        }

        return problems;
    }

    private async Task<IEnumerable<ValidationProblem>> CheckFirstMemberAsync(Guid organisationId, StaffRoles roles, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (!await database.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false))
        {
            return [new("OrganisationId", OrganisationUnknown)];
        }

        if (await database.StaffUsers.AnyAsync(u => u.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false)
            || await database.StaffInvitations
                .AnyAsync(i => i.OrganisationId == organisationId && i.AcceptedAsUserId == null && i.ExpiresOn >= today, cancellationToken).ConfigureAwait(false))
        {
            return [new("OrganisationId", OrganisationHasMembers)];
        }

        return (roles & StaffRoles.Administrator) == StaffRoles.Administrator ? [] : [new("Roles", FirstMemberAdministers)];
    }

    private async Task<bool> IsTakenAsync(string userName, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return await database.StaffUsers.AnyAsync(u => u.UserName == userName, cancellationToken).ConfigureAwait(false)
            || await database.StaffInvitations
                .AnyAsync(i => i.UserName == userName && i.AcceptedAsUserId == null && i.ExpiresOn >= today, cancellationToken).ConfigureAwait(false);
    }
}
