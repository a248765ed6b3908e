using TipLine.Application.Validation;

namespace TipLine.Application.Cases.CloseCase;

public sealed class CloseCaseValidator : IValidator<CloseCase>
{
    public const string OutcomeUnknown = "case.outcome.unknown";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CloseCase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = Enum.IsDefined(request.Outcome) ? [] : [new(nameof(request.Outcome), OutcomeUnknown)];
        return ValueTask.FromResult(problems);
    }
}
