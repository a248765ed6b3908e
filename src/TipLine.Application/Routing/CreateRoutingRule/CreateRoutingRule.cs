using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;

namespace TipLine.Application.Routing.CreateRoutingRule;

/// <summary>
/// "Cases like this should go to that organisation", for the administrator's own organisation's investigators. Every
/// criterion is optional; an empty one matches any case. Rules only suggest: an investigator confirms each routing.
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record CreateRoutingRule(
    Guid TargetOrganisationId, string? Country, string? TaxonGroup, CitesAppendix? Appendix, string? Platform, Urgency? MinimumUrgency)
    : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("routing.rule.create", nameof(RoutingRule), response.ToString("D"));
}
