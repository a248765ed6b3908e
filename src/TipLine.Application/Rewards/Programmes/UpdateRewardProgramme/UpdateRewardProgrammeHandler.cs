using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Programmes.UpdateRewardProgramme;

public sealed class UpdateRewardProgrammeHandler(ITipLineDatabase database, ICurrentActor actor) : ICommandHandler<UpdateRewardProgramme>
{
    public const string CurrencyFixed = "rewards.programme.currency.fixed";

    public async ValueTask<Unit> Handle(UpdateRewardProgramme command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var programme = await database.FindOwnProgrammeAsync(actor, command.ProgrammeId, cancellationToken).ConfigureAwait(false);
        if (CurrencyCodes.Normalise(command.Terms.Currency) != programme.Currency
            && await database.RewardReferrals.AnyAsync(r => r.ProgrammeId == programme.Id, cancellationToken).ConfigureAwait(false))
        {
            throw CaseWorkflow.Refusal(nameof(UpdateRewardProgramme), nameof(RewardProgrammeTerms.Currency), CurrencyFixed);
        }

        programme.Update(command.Terms);
        return Unit.Value;
    }
}
