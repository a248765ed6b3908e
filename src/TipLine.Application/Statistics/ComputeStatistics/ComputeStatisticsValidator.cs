using TipLine.Application.Validation;

namespace TipLine.Application.Statistics.ComputeStatistics;

public sealed class ComputeStatisticsValidator : IValidator<ComputeStatistics>
{
    public const string GroupingUnknown = "statistics.grouping.unknown";
    public const string PeriodReversed = "statistics.period.reversed";
    public const string PeriodTooLong = "statistics.period.tooLong";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ComputeStatistics request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (!Enum.IsDefined(request.Grouping))
        {
            problems.Add(new(nameof(request.Grouping), GroupingUnknown));
        }

        if (request.From is { } from && request.To is { } to)
        {
            if (from > to)
            {
                problems.Add(new(nameof(request.To), PeriodReversed));
            }
            else if (to.Year - from.Year >= ComputeStatistics.MaximumYears)
            {
                problems.Add(new(nameof(request.To), PeriodTooLong));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}
