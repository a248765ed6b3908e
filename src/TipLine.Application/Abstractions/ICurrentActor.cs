using TipLine.Domain.Staff;

namespace TipLine.Application.Abstractions;

/// <summary>
/// Who is performing the current use case. Whistleblowers are anonymous: for them UserId and OrganisationId are
/// null and nothing about them (address, agent, language) is available here by design.
/// </summary>
public interface ICurrentActor
{
    Guid? UserId { get; }

    Guid? OrganisationId { get; }

    StaffRoles Roles { get; }

    bool IsStaff => UserId is not null;
}
