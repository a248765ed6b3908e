using TipLine.Application.Validation;

namespace TipLine.Application.Cases.AddCaseNote;

public sealed class AddCaseNoteValidator : IValidator<AddCaseNote>
{
    public const int MaximumLength = 20_000;
    public const string TextRequired = "case.note.required";
    public const string TextTooLong = "case.note.tooLong";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(AddCaseNote request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.Text switch
        {
            null or "" => [new(nameof(request.Text), TextRequired)],
            var text when string.IsNullOrWhiteSpace(text) => [new(nameof(request.Text), TextRequired)],
            { Length: > MaximumLength } => [new(nameof(request.Text), TextTooLong)],
            _ => [],
        };
        return ValueTask.FromResult(problems);
    }
}
