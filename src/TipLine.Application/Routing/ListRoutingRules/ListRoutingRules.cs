using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Routing.ListRoutingRules;

/// <summary>The routing rules of the actor's own organisation, with the name of the organisation each suggests.</summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.IntakeInvestigator)]
public sealed record ListRoutingRules : IQuery<IReadOnlyList<RoutingRuleSummary>>;

public sealed record RoutingRuleSummary(
    Guid Id,
    Guid TargetOrganisationId,
    string TargetOrganisationName,
    string? Country,
    string? TaxonGroup,
    CitesAppendix? Appendix,
    string? Platform,
    Urgency? MinimumUrgency,
    DateOnly CreatedOn);
