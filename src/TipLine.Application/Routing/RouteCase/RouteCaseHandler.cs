using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Time;

namespace TipLine.Application.Routing.RouteCase;

public sealed class RouteCaseHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys, TimeProvider clock) : ICommandHandler<RouteCase>
{
    public const string OrganisationUnknown = "routing.organisation.unknown";
    public const string OrganisationIsOwner = "routing.organisation.owner";
    public const string OrganisationIsPlatform = "routing.organisation.platform";
    public const string AlreadyRouted = "routing.organisation.alreadyRouted";

    public async ValueTask<Unit> Handle(RouteCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.Route, command.CaseId, nameof(RouteCase), cancellationToken).ConfigureAwait(false);
        var target = await database.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == command.OrganisationId, cancellationToken).ConfigureAwait(false);
        var problem = target switch
        {
            null => OrganisationUnknown,
            _ when target.Id == @case.OrganisationId => OrganisationIsOwner,
            { Type: OrganisationType.OnlinePlatform } => OrganisationIsPlatform,
            _ when await database.CaseRoutings.AnyAsync(r => r.CaseId == @case.Id && r.OrganisationId == target.Id, cancellationToken).ConfigureAwait(false)
                => AlreadyRouted,
            _ => null,
        };
        if (problem is not null)
        {
            throw CaseWorkflow.Refusal(nameof(RouteCase), nameof(command.OrganisationId), problem);
        }

        database.CaseRoutings.Add(new CaseRouting(Guid.NewGuid(), @case.Id, command.OrganisationId, actor.RequireUser(), clock.Today()));
        var tipIds = await database.TipIdsOfCaseAsync(@case.Id, actor.RequireOrganisation(), cancellationToken).ConfigureAwait(false);
        await RoutedAccess.GrantAsync(database, tipKeys, tipIds, [command.OrganisationId], nameof(RouteCase), cancellationToken).ConfigureAwait(false);
        if (@case.Status == CaseStatus.Triaged)
        {
            @case.MoveTo(CaseStatus.Routed);
        }

        return Unit.Value;
    }
}
