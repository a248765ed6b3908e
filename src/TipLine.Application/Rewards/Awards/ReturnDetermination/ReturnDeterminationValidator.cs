using TipLine.Application.Rewards.Awards.ProposeDetermination;
using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Awards.ReturnDetermination;

public sealed class ReturnDeterminationValidator : IValidator<ReturnDetermination>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReturnDetermination request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.Reason?.Trim().Length > ProposeDetermination.ProposeDetermination.MaximumReasonLength
            ? [new(nameof(request.Reason), AwardRefusals.ReasonTooLong)]
            : [];
        return ValueTask.FromResult(problems);
    }
}
