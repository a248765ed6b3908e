namespace TipLine.Domain.Rewards;

/// <summary>The same officer tried to approve their own proposal. The Application refuses first; this is the last guard.</summary>
public sealed class FourEyesViolationException : InvalidOperationException
{
    public FourEyesViolationException()
        : base("The officer who proposed an award cannot approve or return it.")
    {
    }

    public FourEyesViolationException(string message)
        : base(message)
    {
    }

    public FourEyesViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
