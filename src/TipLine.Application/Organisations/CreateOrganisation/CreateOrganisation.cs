using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Organisations.CreateOrganisation;

/// <summary>Registers a body that can receive or act on tips. Returns the new organisation's id.</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record CreateOrganisation(string Name, OrganisationType Type, IReadOnlyList<string> Jurisdictions)
    : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("organisation.create", nameof(Organisation), response.ToString("D"));
}
