namespace TipLine.Domain.Rewards;

/// <summary>Stable keys for every way the ledgers refuse a change; the Application maps them to localised messages.</summary>
public static class LedgerRefusals
{
    public const string NotPayable = "rewards.payment.notPayable";
    public const string WrongCurrency = "rewards.payment.currency";
    public const string AmountInvalid = "rewards.payment.amount.invalid";
    public const string ExceedsOutstanding = "rewards.payment.exceedsOutstanding";
    public const string UnknownPayment = "rewards.reversal.unknownPayment";
    public const string AlreadyReversed = "rewards.reversal.alreadyReversed";
    public const string CollectionWouldOverpay = "rewards.collection.wouldOverpay";
    public const string AwardWouldOverpay = "rewards.award.wouldOverpay";
    public const string SanctionAmountInvalid = "rewards.sanction.amount.invalid";
    public const string UnknownSanctionEntry = "rewards.sanction.correction.unknown";
    public const string CorrectionOfCorrection = "rewards.sanction.correction.ofCorrection";
    public const string CorrectionBelowZero = "rewards.sanction.correction.belowZero";
    public const string CorrectionCurrency = "rewards.sanction.correction.currency";
}
