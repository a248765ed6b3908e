using TipLine.Application.Validation;

namespace TipLine.Application.Audit.ReadAuditLog;

public sealed class ReadAuditLogValidator : IValidator<ReadAuditLog>
{
    public const string ActionPrefixTooLong = "audit.filter.actionTooLong";
    public const string DaysReversed = "audit.filter.daysReversed";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReadAuditLog request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (request.ActionPrefix?.Trim().Length > AuditedAction.MaximumLength)
        {
            problems.Add(new(nameof(request.ActionPrefix), ActionPrefixTooLong));
        }

        if (request.From is { } from && request.To is { } to && from > to)
        {
            problems.Add(new(nameof(request.To), DaysReversed));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}
