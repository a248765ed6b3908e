using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Domain.Cases;

namespace TipLine.Application.Cases.StartProsecution;

public sealed class StartProsecutionHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<StartProsecution>
{
    public async ValueTask<Unit> Handle(StartProsecution command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.StartProsecution, command.CaseId, nameof(StartProsecution), cancellationToken)
            .ConfigureAwait(false);
        @case.MoveTo(CaseStatus.Prosecution);
        return Unit.Value;
    }
}
