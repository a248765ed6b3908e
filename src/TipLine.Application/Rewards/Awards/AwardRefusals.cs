namespace TipLine.Application.Rewards.Awards;

/// <summary>
/// Message keys of the determination, appeal and payment use cases' refusals (the money rules' own keys are
/// <see cref="Domain.Rewards.LedgerRefusals"/>); the claim page translates both.
/// </summary>
public static class AwardRefusals
{
    public const string WrongStage = "rewards.determination.stage";
    public const string ContestWindowOpen = "rewards.determination.contestWindowOpen";
    public const string OutsideBand = "rewards.determination.band";
    public const string ReasonsMissing = "rewards.determination.reasonsMissing";
    public const string ReasonTooLong = "rewards.determination.reasonTooLong";
    public const string AggregateOverMaximum = "rewards.determination.aggregateOverMaximum";
    public const string NoOfficers = "rewards.determination.noOfficers";
    public const string FourEyes = "rewards.fourEyes";
    public const string NotPending = "rewards.determination.notPending";
    public const string AppealNotFinal = "rewards.appeal.notFinal";
    public const string AppealAlreadyRecorded = "rewards.appeal.already";
    public const string AppealWindowClosed = "rewards.appeal.windowClosed";
    public const string AppealReferenceInvalid = "rewards.appeal.reference.invalid";
    public const string NotAppealed = "rewards.appeal.notAppealed";
    public const string PaidOnInFuture = "rewards.payment.paidOnFuture";
    public const string PaymentReferenceInvalid = "rewards.payment.reference.invalid";
}
