using TipLine.Application.Validation;
using TipLine.Crypto.Age;

namespace TipLine.Application.Cases.ExportCase;

/// <summary>Only an X25519 "age1..." recipient: a passphrase or plugin recipient could not be opened by the plain age CLI offline.</summary>
public sealed class ExportCaseValidator : IValidator<ExportCase>
{
    public const string BadRecipient = "case.export.recipient";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ExportCase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = X25519Recipient.TryParse(request.Recipient?.Trim() ?? string.Empty, out _)
            ? []
            : [new(nameof(request.Recipient), BadRecipient)];
        return ValueTask.FromResult(problems);
    }
}
