using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Domain.Cases;

namespace TipLine.Application.Routing.WithdrawRouting;

public sealed class WithdrawRoutingHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys) : ICommandHandler<WithdrawRouting>
{
    public const string NotRouted = "routing.organisation.notRouted";

    public async ValueTask<Unit> Handle(WithdrawRouting command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.WithdrawRouting, command.CaseId, nameof(WithdrawRouting), cancellationToken)
            .ConfigureAwait(false);
        var routings = await database.CaseRoutings.Where(r => r.CaseId == @case.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var withdrawn = routings.Where(r => r.OrganisationId == command.OrganisationId).ToList();
        if (withdrawn.Count == 0)
        {
            throw CaseWorkflow.Refusal(nameof(WithdrawRouting), nameof(command.OrganisationId), NotRouted);
        }

        database.CaseRoutings.RemoveRange(withdrawn);
        var tipIds = await database.TipIdsOfCaseAsync(@case.Id, actor.RequireOrganisation(), cancellationToken).ConfigureAwait(false);
        await tipKeys.RevokeAsync(tipIds, command.OrganisationId, cancellationToken).ConfigureAwait(false);
        if (routings.Count == withdrawn.Count && @case.Status == CaseStatus.Routed)
        {
            @case.MoveTo(CaseStatus.Triaged);
        }

        return Unit.Value;
    }
}
