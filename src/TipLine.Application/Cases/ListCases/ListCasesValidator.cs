using TipLine.Application.Validation;

namespace TipLine.Application.Cases.ListCases;

public sealed class ListCasesValidator : IValidator<ListCases>
{
    public const int MaximumReferenceSearchLength = 40;
    public const string StatusUnknown = "cases.filter.status.unknown";
    public const string UrgencyUnknown = "cases.filter.urgency.unknown";
    public const string AppendixUnknown = "cases.filter.appendix.unknown";
    public const string CountryInvalid = "cases.filter.country.invalid";
    public const string ReferenceTooLong = "cases.filter.reference.tooLong";
    public const string PageInvalid = "cases.filter.page.invalid";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ListCases request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (request.Status is { } status && !Enum.IsDefined(status))
        {
            problems.Add(new(nameof(request.Status), StatusUnknown));
        }

        if (request.Urgency is { } urgency && !Enum.IsDefined(urgency))
        {
            problems.Add(new(nameof(request.Urgency), UrgencyUnknown));
        }

        if (request.Appendix is { } appendix && !Enum.IsDefined(appendix))
        {
            problems.Add(new(nameof(request.Appendix), AppendixUnknown));
        }

        if (!string.IsNullOrEmpty(request.Country) && !(request.Country.Length == 2 && request.Country.All(char.IsAsciiLetter)))
        {
            problems.Add(new(nameof(request.Country), CountryInvalid));
        }

        if ((request.Reference?.Length ?? 0) > MaximumReferenceSearchLength)
        {
            problems.Add(new(nameof(request.Reference), ReferenceTooLong));
        }

        if (request.Page < 1)
        {
            problems.Add(new(nameof(request.Page), PageInvalid));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}
