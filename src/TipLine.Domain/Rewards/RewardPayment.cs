namespace TipLine.Domain.Rewards;

/// <summary>
/// One line of an award's append-only payment ledger. Amounts are always positive; a reversal names the payment it
/// undoes and takes back exactly its amount. Payout details are never here (they are inside the sealed claim).
/// </summary>
public sealed class RewardPayment
{
    public const int MaximumReferenceLength = 200;

    private RewardPayment()
    {
        Currency = string.Empty;
        Reference = string.Empty;
    }

    public RewardPayment(
        Guid id,
        Guid claimId,
        int sequence,
        PaymentKind kind,
        decimal amount,
        string currency,
        DateOnly paidOn,
        string reference,
        Guid? reversesPaymentId,
        Guid recordedByUserId,
        DateOnly recordedOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        var code = CurrencyCodes.Normalise(currency) ?? throw new ArgumentException($"'{currency}' is not an ISO 4217 code.", nameof(currency));
        if (!CurrencyCodes.FitsMinorUnit(amount, code))
        {
            throw new ArgumentException($"{amount} has more decimals than {code} allows.", nameof(amount));
        }

        if ((kind == PaymentKind.Reversal) != (reversesPaymentId is not null))
        {
            throw new ArgumentException("A reversal, and only a reversal, names the payment it undoes.", nameof(reversesPaymentId));
        }

        Id = id;
        ClaimId = claimId;
        Sequence = sequence;
        Kind = kind;
        Amount = amount;
        Currency = code;
        PaidOn = paidOn;
        Reference = reference?.Trim() ?? string.Empty;
        ReversesPaymentId = reversesPaymentId;
        RecordedByUserId = recordedByUserId;
        RecordedOn = recordedOn;
    }

    public Guid Id { get; private set; }

    public Guid ClaimId { get; private set; }

    public int Sequence { get; private set; }

    public PaymentKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The day of the transfer, as the paying office records it.</summary>
    public DateOnly PaidOn { get; private set; }

    /// <summary>The paying office's own reference (transfer number); no account details.</summary>
    public string Reference { get; private set; }

    public Guid? ReversesPaymentId { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    /// <summary>The amount's effect on what has been paid: + for a payment, − for a reversal.</summary>
    public decimal SignedAmount => Kind == PaymentKind.Payment ? Amount : -Amount;
}
