namespace TipLine.Crypto.Age;

/// <summary>An age file, key or stanza was rejected; <see cref="Error"/> says which check failed.</summary>
public sealed class AgeException : Exception
{
    public AgeException(AgeError error, string message)
        : base(message)
    {
        Error = error;
    }

    public AgeException(AgeError error, string message, Exception innerException)
        : base(message, innerException)
    {
        Error = error;
    }

    public AgeError Error { get; }
}
