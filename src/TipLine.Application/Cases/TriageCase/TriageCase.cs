using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.TriageCase;

/// <summary>
/// Records the case's triage metadata, which routing, deadlines and statistics read (server-readable by design):
/// taxon (a scientific name from the species catalogue, or none), CITES appendix, platform, countries (ISO 3166-1
/// alpha-2), shipment method (a key of <see cref="ShipmentMethods"/>) and urgency. A new case becomes triaged.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record TriageCase(
    Guid CaseId,
    string? Taxon,
    CitesAppendix? Appendix,
    string? Platform,
    IReadOnlyList<string> Countries,
    string? ShipmentMethod,
    Urgency Urgency) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("case.triage", nameof(Case), CaseId.ToString("D"));
}
