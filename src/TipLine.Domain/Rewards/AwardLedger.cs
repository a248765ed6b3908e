namespace TipLine.Domain.Rewards;

/// <summary>
/// The money side of one award, the single place its rules live: what has been collected (in the programme's
/// currency), the entitlement (<see cref="RewardRounding"/>: award % × collected, rounded down, capped; nothing below
/// the programme's minimum), what has been paid (payments minus reversals) and what is outstanding. Every change is
/// checked first (Refuse… returns a <see cref="LedgerRefusals"/> key or null) so that paid never exceeds the
/// entitlement, whatever order collections, corrections, determinations, payments and reversals come in.
/// </summary>
public sealed class AwardLedger
{
    private readonly Dictionary<Guid, decimal> payments = [];
    private readonly HashSet<Guid> reversed = [];

    public AwardLedger(string currency, decimal minimumCollected, decimal? cap)
    {
        Currency = CurrencyCodes.Normalise(currency) ?? throw new ArgumentException($"'{currency}' is not an ISO 4217 code.", nameof(currency));
        MinimumCollected = minimumCollected;
        Cap = cap;
    }

    public string Currency { get; }

    public decimal MinimumCollected { get; }

    public decimal? Cap { get; }

    /// <summary>Money in (collections and forfeiture proceeds, corrections included) in <see cref="Currency"/>.</summary>
    public decimal Collected { get; private set; }

    public decimal? AwardPercent { get; private set; }

    public bool IsPayable { get; private set; }

    public decimal Paid { get; private set; }

    public decimal Entitlement => EntitlementFor(Collected, AwardPercent);

    public decimal Outstanding => Entitlement - Paid;

    /// <summary>Builds the ledger of one claim from its stored rows.</summary>
    public static AwardLedger For(RewardProgramme programme, RewardClaim claim, IEnumerable<SanctionEntry> sanctions, IEnumerable<RewardPayment> claimPayments)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sanctions);
        ArgumentNullException.ThrowIfNull(claimPayments);
        var ledger = new AwardLedger(programme.Currency, programme.MinimumCollected, programme.Cap)
        {
            AwardPercent = claim.AwardPercent,
            IsPayable = claim.IsPayable,
        };
        ledger.Collected = sanctions.Where(s => s.IsMoneyIn && s.Currency == ledger.Currency).Sum(s => s.Amount);
        foreach (var payment in claimPayments.OrderBy(p => p.Sequence))
        {
            if (payment.Kind == PaymentKind.Payment)
            {
                ledger.payments[payment.Id] = payment.Amount;
            }
            else if (payment.ReversesPaymentId is { } reversedId)
            {
                ledger.reversed.Add(reversedId);
            }

            ledger.Paid += payment.SignedAmount;
        }

        return ledger;
    }

    public string? RefuseCollectionChange(decimal delta, string currency) =>
        currency != Currency || delta >= 0m || EntitlementFor(Collected + delta, AwardPercent) >= Paid
            ? null
            : LedgerRefusals.CollectionWouldOverpay;

    public void RecordCollection(decimal delta, string currency)
    {
        Throw(RefuseCollectionChange(delta, currency));
        if (currency == Currency)
        {
            Collected += delta;
        }
    }

    public string? RefuseAward(decimal? percent) =>
        EntitlementFor(Collected, percent) >= Paid ? null : LedgerRefusals.AwardWouldOverpay;

    public void SetAward(decimal? percent, bool payable)
    {
        Throw(RefuseAward(percent));
        AwardPercent = percent;
        IsPayable = payable && percent is > 0m;
    }

    public string? RefusePayment(decimal amount, string currency)
    {
        if (!IsPayable)
        {
            return LedgerRefusals.NotPayable;
        }

        if (currency != Currency)
        {
            return LedgerRefusals.WrongCurrency;
        }

        if (amount <= 0m || !CurrencyCodes.FitsMinorUnit(amount, Currency))
        {
            return LedgerRefusals.AmountInvalid;
        }

        return amount > Outstanding ? LedgerRefusals.ExceedsOutstanding : null;
    }

    public void Pay(Guid paymentId, decimal amount, string currency)
    {
        Throw(RefusePayment(amount, currency));
        payments.Add(paymentId, amount);
        Paid += amount;
    }

    public string? RefuseReversal(Guid paymentId) =>
        !payments.ContainsKey(paymentId) ? LedgerRefusals.UnknownPayment
        : reversed.Contains(paymentId) ? LedgerRefusals.AlreadyReversed
        : null;

    /// <summary>Takes back a payment in full; returns the amount reversed.</summary>
    public decimal Reverse(Guid paymentId)
    {
        Throw(RefuseReversal(paymentId));
        reversed.Add(paymentId);
        var amount = payments[paymentId];
        Paid -= amount;
        return amount;
    }

    private decimal EntitlementFor(decimal collected, decimal? percent) =>
        collected < MinimumCollected || percent is not { } value ? 0m : RewardRounding.Entitlement(collected, value, Cap, Currency);

    private static void Throw(string? refusal)
    {
        if (refusal is not null)
        {
            throw new LedgerRefusedException(refusal);
        }
    }
}
