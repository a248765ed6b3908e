using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Awards.ProposeDetermination;

public sealed class ProposeDeterminationValidator : IValidator<ProposeDetermination>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ProposeDetermination request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = (request.Reasons ?? new Dictionary<Domain.Rewards.RewardFactor, string>())
            .Where(r => r.Value?.Trim().Length > ProposeDetermination.MaximumReasonLength)
            .Select(r => new ValidationProblem($"Reasons.{r.Key}", AwardRefusals.ReasonTooLong))
            .ToList();
        return ValueTask.FromResult(problems);
    }
}
