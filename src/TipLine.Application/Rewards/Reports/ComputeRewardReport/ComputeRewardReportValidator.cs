using TipLine.Application.Validation;

namespace TipLine.Application.Rewards.Reports.ComputeRewardReport;

public sealed class ComputeRewardReportValidator : IValidator<ComputeRewardReport>
{
    public const string YearInvalid = "rewards.report.year.invalid";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ComputeRewardReport request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.Year is < ComputeRewardReport.FirstYear or > ComputeRewardReport.LastYear
            ? [new(nameof(request.Year), YearInvalid)]
            : [];
        return ValueTask.FromResult(problems);
    }
}
