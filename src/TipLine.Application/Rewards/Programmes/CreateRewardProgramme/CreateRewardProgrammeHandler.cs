using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Domain.Rewards;
using TipLine.Domain.Time;

namespace TipLine.Application.Rewards.Programmes.CreateRewardProgramme;

public sealed class CreateRewardProgrammeHandler(ITipLineDatabase database, ICurrentActor actor, TimeProvider clock) : ICommandHandler<CreateRewardProgramme, Guid>
{
    public async ValueTask<Guid> Handle(CreateRewardProgramme command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisationId = actor.RequireOrganisation();
        var type = await database.Organisations.Where(o => o.Id == organisationId).Select(o => o.Type).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (!RewardProgrammeRules.MayRunProgrammes(type))
        {
            throw CaseWorkflow.Refusal(nameof(CreateRewardProgramme), "Organisation", RewardProgrammeRules.PlatformCannotRun);
        }

        var programme = new RewardProgramme(Guid.NewGuid(), organisationId, command.Terms, clock.Today());
        database.RewardProgrammes.Add(programme);
        return programme.Id;
    }
}
