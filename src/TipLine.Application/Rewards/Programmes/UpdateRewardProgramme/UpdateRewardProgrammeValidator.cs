using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Programmes.UpdateRewardProgramme;

public sealed class UpdateRewardProgrammeValidator : IValidator<UpdateRewardProgramme>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(UpdateRewardProgramme request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(RewardProgrammeRules.Check(request.Terms));
    }
}
