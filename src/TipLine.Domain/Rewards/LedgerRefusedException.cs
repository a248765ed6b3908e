namespace TipLine.Domain.Rewards;

/// <summary>A ledger change broke a money rule; <see cref="Exception.Message"/> is the <see cref="LedgerRefusals"/> key.</summary>
public sealed class LedgerRefusedException : InvalidOperationException
{
    public LedgerRefusedException()
    {
    }

    public LedgerRefusedException(string refusal)
        : base(refusal)
    {
    }

    public LedgerRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
