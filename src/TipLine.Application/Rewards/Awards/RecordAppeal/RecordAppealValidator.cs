using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Awards.RecordAppeal;

public sealed class RecordAppealValidator : IValidator<RecordAppeal>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RecordAppeal request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.Reference?.Trim() is not { Length: > 0 and <= RecordAppeal.MaximumReferenceLength }
            ? [new(nameof(request.Reference), AwardRefusals.AppealReferenceInvalid)]
            : [];
        return ValueTask.FromResult(problems);
    }
}
