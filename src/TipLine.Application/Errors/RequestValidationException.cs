using TipLine.Application.Validation;

namespace TipLine.Application.Errors;

/// <summary>The request was refused before its handler ran; <see cref="Problems"/> holds message keys for the user's language.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException()
        : this("unknown", [])
    {
    }

    public RequestValidationException(string message)
        : base(message)
    {
        UseCase = "unknown";
        Problems = [];
    }

    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        UseCase = "unknown";
        Problems = [];
    }

    public RequestValidationException(string useCase, IReadOnlyList<ValidationProblem> problems)
        : base($"{useCase} was refused: {string.Join(", ", (problems ?? []).Select(p => $"{p.Field}={p.MessageKey}"))}.")
    {
        UseCase = useCase;
        Problems = problems ?? [];
    }

    public string UseCase { get; }

    public IReadOnlyList<ValidationProblem> Problems { get; }
}
