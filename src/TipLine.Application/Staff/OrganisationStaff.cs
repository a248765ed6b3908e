using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Application.Validation;
using TipLine.Domain.Staff;

namespace TipLine.Application.Staff;

/// <summary>What an administrator's use cases do to the members of their own organisation, and nobody else's.</summary>
public static class OrganisationStaff
{
    public const string LastAdministrator = "staff.administrator.last";

    /// <summary>
    /// The member of the actor's organisation with this id, tracked for changes. Another organisation's user is
    /// "not found", exactly like an id that does not exist.
    /// </summary>
    public static async Task<StaffUser> FindMemberAsync(ITipLineDatabase database, ICurrentActor actor, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var organisationId = actor.RequireOrganisation();
        return await database.StaffUsers
            .SingleOrDefaultAsync(u => u.Id == userId && u.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("staff member");
    }

    /// <summary>Deletes every session of the user: a copy of an old cookie no longer opens anything.</summary>
    public static Task<int> EndSessionsAsync(ITipLineDatabase database, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.StaffSessions.Where(s => s.StaffUserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Refuses a change that would leave the member's organisation with no enabled administrator, so nobody could
    /// manage its users any more. Holds the audit-log lock first: two administrators removing each other at the same
    /// moment are then checked one after the other, and the second is refused.
    /// </summary>
    public static async Task EnsureAnotherAdministratorRemainsAsync(ITipLineDatabase database, StaffUser member, string useCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(member);
        if (member.IsDisabled || !member.HasRole(StaffRoles.Administrator))
        {
            return;
        }

        await database.LockAuditLogAsync(cancellationToken).ConfigureAwait(false);
        // Roles are stored as names, which SQL cannot test bit by bit; an organisation's staff list is short.
        var otherRoles = await database.StaffUsers
            .Where(u => u.OrganisationId == member.OrganisationId && u.Id != member.Id && !u.IsDisabled)
            .Select(u => u.Roles)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!otherRoles.Any(roles => roles.HasFlag(StaffRoles.Administrator)))
        {
            throw new RequestValidationException(useCase, [new ValidationProblem("UserId", LastAdministrator)]);
        }
    }
}
