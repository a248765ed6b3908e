using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Rewards.Programmes.SetRewardProgrammeActive;

public sealed class SetRewardProgrammeActiveHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<SetRewardProgrammeActive>
{
    public async ValueTask<Unit> Handle(SetRewardProgrammeActive command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var programme = await database.FindOwnProgrammeAsync(actor, command.ProgrammeId, cancellationToken).ConfigureAwait(false);
        if (command.Active)
        {
            programme.Activate();
        }
        else
        {
            programme.Deactivate();
        }

        return Unit.Value;
    }
}
