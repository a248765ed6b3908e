using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;

namespace TipLine.Application.Routing.DeleteRoutingRule;

public sealed class DeleteRoutingRuleHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<DeleteRoutingRule, Unit>
{
    public async ValueTask<Unit> Handle(DeleteRoutingRule command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisationId = actor.RequireOrganisation();
        var deleted = await database.RoutingRules
            .Where(r => r.Id == command.RuleId && r.OwnerOrganisationId == organisationId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted == 1 ? Unit.Value : throw new NotFoundException("routing rule");
    }
}
