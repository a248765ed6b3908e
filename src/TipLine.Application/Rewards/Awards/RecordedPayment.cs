namespace TipLine.Application.Rewards.Awards;

/// <summary>A new line of a claim's payment ledger (a payment or a reversal).</summary>
public sealed record RecordedPayment(Guid ClaimId, Guid PaymentId, int Sequence);
