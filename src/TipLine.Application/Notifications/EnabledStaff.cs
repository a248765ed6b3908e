using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notifications;

/// <summary>
/// The enabled staff members, read once per sweep: roles are stored as a flags name list that SQL cannot test bit by
/// bit, and staff are few, so role questions are answered here in memory.
/// </summary>
internal sealed class EnabledStaff
{
    private readonly IReadOnlyList<Member> members;

    private EnabledStaff(IReadOnlyList<Member> members) => this.members = members;

    public static async Task<EnabledStaff> LoadAsync(ITipLineDatabase database, CancellationToken cancellationToken)
    {
        var members = await database.StaffUsers.AsNoTracking()
            .Where(u => !u.IsDisabled)
            .Select(u => new Member(u.Id, u.OrganisationId, u.Roles))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new EnabledStaff(members);
    }

    public IEnumerable<Member> Investigators => members.Where(m => m.Has(StaffRoles.IntakeInvestigator));

    public bool Contains(Guid userId) => members.Any(m => m.Id == userId);

    public IEnumerable<Guid> WithRole(Guid organisationId, StaffRoles role) =>
        members.Where(m => m.OrganisationId == organisationId && m.Has(role)).Select(m => m.Id);

    public sealed record Member(Guid Id, Guid OrganisationId, StaffRoles Roles)
    {
        public bool Has(StaffRoles role) => (Roles & role) == role;
    }
}
