using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Routing;
using TipLine.Domain.Time;

namespace TipLine.Application.Routing.CreateRoutingRule;

public sealed class CreateRoutingRuleHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<CreateRoutingRule, Guid>
{
    public ValueTask<Guid> Handle(CreateRoutingRule command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var rule = new RoutingRule(
            Guid.NewGuid(),
            actor.RequireOrganisation(),
            command.TargetOrganisationId,
            command.Country,
            command.TaxonGroup,
            command.Appendix,
            command.Platform,
            command.MinimumUrgency,
            clock.Today());
        database.RoutingRules.Add(rule);
        return ValueTask.FromResult(rule.Id);
    }
}
