namespace TipLine.Application.Errors;

/// <summary>The request has no unlocked staff key (no session, session ended, or cookie and session row do not match): sign in again.</summary>
public sealed class StaffKeyUnavailableException : Exception
{
    public StaffKeyUnavailableException()
        : base("No unlocked key for this session; sign in again.")
    {
    }

    public StaffKeyUnavailableException(string message)
        : base(message)
    {
    }

    public StaffKeyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
