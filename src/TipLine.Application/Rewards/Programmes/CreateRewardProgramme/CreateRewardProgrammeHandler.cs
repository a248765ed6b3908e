using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Programmes.CreateRewardProgramme;

public sealed class CreateRewardProgrammeHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<CreateRewardProgramme, Guid>
{
    public ValueTask<Guid> Handle(CreateRewardProgramme command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var programme = new RewardProgramme(Guid.NewGuid(), actor.RequireOrganisation(), command.Terms, clock.Today());
        database.RewardProgrammes.Add(programme);
        return ValueTask.FromResult(programme.Id);
    }
}
