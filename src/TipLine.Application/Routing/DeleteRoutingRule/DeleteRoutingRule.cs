using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Routing;
using TipLine.Domain.Staff;

namespace TipLine.Application.Routing.DeleteRoutingRule;

/// <summary>Deletes one of the administrator's own organisation's rules; another organisation's rule is "not found".</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record DeleteRoutingRule(Guid RuleId) : ICommand<Unit>, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("routing.rule.delete", nameof(RoutingRule), RuleId.ToString("D"));
}
