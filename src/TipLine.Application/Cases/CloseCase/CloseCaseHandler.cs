using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Time;

namespace TipLine.Application.Cases.CloseCase;

public sealed class CloseCaseHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<CloseCase>
{
    public async ValueTask<Unit> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @case = await database.FindCaseForAsync(actor, CaseAction.Close, command.CaseId, nameof(CloseCase), cancellationToken).ConfigureAwait(false);
        @case.Close(command.Outcome, clock.Today());
        var tips = await database.Tips.VisibleTo(database, actor.RequireOrganisation()).Where(t => t.CaseId == @case.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var tip in tips)
        {
            tip.MarkClosed();
        }

        return Unit.Value;
    }
}
