using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Programmes.CreateRewardProgramme;

public sealed class CreateRewardProgrammeValidator : IValidator<CreateRewardProgramme>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CreateRewardProgramme request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(RewardProgrammeRules.Check(request.Terms));
    }
}
