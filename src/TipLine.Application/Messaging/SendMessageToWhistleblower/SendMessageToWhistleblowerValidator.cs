using TipLine.Application.Validation;

namespace TipLine.Application.Messaging.SendMessageToWhistleblower;

public sealed class SendMessageToWhistleblowerValidator : IValidator<SendMessageToWhistleblower>
{
    public const string TextRequired = "tip.message.required";
    public const string TextTooLong = "tip.message.tooLong";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SendMessageToWhistleblower request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = string.IsNullOrWhiteSpace(request.Text) ? [new(nameof(request.Text), TextRequired)]
            : request.Text.Length > SendMessageToWhistleblower.MaximumTextLength ? [new(nameof(request.Text), TextTooLong)]
            : [];
        return ValueTask.FromResult(problems);
    }
}
