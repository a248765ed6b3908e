using TipLine.Application.Abstractions;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Hosting;

/// <summary>Who a test sends a request as; the Web layer derives the same facts from the session.</summary>
public sealed record TestActor(Guid? UserId, Guid? OrganisationId, StaffRoles Roles) : ICurrentActor
{
    public static TestActor Whistleblower { get; } = new(null, null, StaffRoles.None);

    public static TestActor Staff(StaffRoles roles) => new(Guid.NewGuid(), Guid.NewGuid(), roles);
}
