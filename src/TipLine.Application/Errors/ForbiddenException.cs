namespace TipLine.Application.Errors;

/// <summary>The actor is known but may not perform this use case. Carries the use case name only, never request content.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : this("unknown", "Forbidden.")
    {
    }

    public ForbiddenException(string message)
        : this("unknown", message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
        UseCase = "unknown";
    }

    public ForbiddenException(string useCase, string reason)
        : base($"{useCase} is forbidden for this actor. {reason}")
    {
        UseCase = useCase;
    }

    public string UseCase { get; }
}
