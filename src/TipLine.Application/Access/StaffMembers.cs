using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Access;

/// <summary>Finding the staff of organisations who should receive a key or a notice.</summary>
public static class StaffMembers
{
    /// <summary>The enabled members of <paramref name="organisationIds"/> holding at least one of the roles in <paramref name="anyOf"/>.</summary>
    public static async Task<IReadOnlyList<StaffUser>> EnabledWithAnyRoleAsync(
        this ITipLineDatabase database, IReadOnlyCollection<Guid> organisationIds, StaffRoles anyOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        // Roles are stored as text, so the flag test runs here rather than in SQL.
        var members = await database.StaffUsers.AsNoTracking()
            .Where(u => organisationIds.Contains(u.OrganisationId) && !u.IsDisabled)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return members.Where(u => (u.Roles & anyOf) != StaffRoles.None).ToList();
    }
}
