using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Organisations.UpdateOrganisation;

/// <summary>
/// Edits an organisation's name, type, jurisdictions and escrow key. Any administrator may edit any organisation's
/// details, but only an administrator of the organisation itself may change its escrow key: whoever holds the private
/// half of that key can read every tip of the organisation's channels.
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record UpdateOrganisation(Guid OrganisationId, string Name, OrganisationType Type, IReadOnlyList<string> Jurisdictions, string? EscrowRecipient)
    : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("organisation.update", nameof(Organisation), OrganisationId.ToString("D"));
}
