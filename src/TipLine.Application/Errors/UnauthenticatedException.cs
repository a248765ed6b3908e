namespace TipLine.Application.Errors;

/// <summary>The use case needs a signed-in staff member and the actor is anonymous.</summary>
public sealed class UnauthenticatedException : Exception
{
    public UnauthenticatedException()
        : this("unknown")
    {
    }

    public UnauthenticatedException(string useCase)
        : base($"{useCase} requires a signed-in staff member.")
    {
        UseCase = useCase;
    }

    public UnauthenticatedException(string message, Exception innerException)
        : base(message, innerException)
    {
        UseCase = "unknown";
    }

    public string UseCase { get; }
}
