using TipLine.Application.Validation;

namespace TipLine.Application.Cases.CreateCaseFromTips;

public sealed class CreateCaseFromTipsValidator : IValidator<CreateCaseFromTips>
{
    public const int MaximumTips = 50;
    public const string TipsRequired = "case.tips.required";
    public const string TooManyTips = "case.tips.tooMany";
    public const string DuplicateTips = "case.tips.duplicate";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CreateCaseFromTips request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.TipIds switch
        {
            null or { Count: 0 } => [new(nameof(request.TipIds), TipsRequired)],
            { Count: > MaximumTips } => [new(nameof(request.TipIds), TooManyTips)],
            var ids when ids.Distinct().Count() != ids.Count => [new(nameof(request.TipIds), DuplicateTips)],
            _ => [],
        };
        return ValueTask.FromResult(problems);
    }
}
