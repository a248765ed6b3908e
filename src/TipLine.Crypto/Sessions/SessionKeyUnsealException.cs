namespace TipLine.Crypto.Sessions;

/// <summary>The sealed session key could not be opened: wrong cookie secret, other session, or tampered blob.</summary>
public sealed class SessionKeyUnsealException : Exception
{
    public SessionKeyUnsealException()
        : base("The session key could not be unsealed.")
    {
    }

    public SessionKeyUnsealException(string message)
        : base(message)
    {
    }

    public SessionKeyUnsealException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
