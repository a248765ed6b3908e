namespace TipLine.Domain.Rewards;

public enum PaymentKind
{
    /// <summary>A tranche paid to the claimant (or their representative).</summary>
    Payment = 1,

    /// <summary>Undoes one earlier payment in full (returned by the bank, paid in error); the ledger is never edited.</summary>
    Reversal = 2,
}
