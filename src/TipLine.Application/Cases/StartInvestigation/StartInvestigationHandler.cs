using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Domain.Cases;

namespace TipLine.Application.Cases.StartInvestigation;

public sealed class StartInvestigationHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<StartInvestigation>
{
    public async ValueTask<Unit> Handle(StartInvestigation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.StartInvestigation, command.CaseId, nameof(StartInvestigation), cancellationToken)
            .ConfigureAwait(false);
        @case.MoveTo(CaseStatus.UnderInvestigation);
        return Unit.Value;
    }
}
