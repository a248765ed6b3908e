namespace TipLine.Domain.Notifications;

public enum NotificationKind
{
    NewTip = 1,
    NewMessage = 2,
    CaseRouted = 3,
    AcknowledgementDue = 4,
    FeedbackDue = 5,
    DeadlineMissed = 6,

    /// <summary>Reward officers: a case was referred to their programme (object: the referral).</summary>
    RewardReferred = 7,

    /// <summary>Reward officers: a whistleblower filed a claim (object: the claim).</summary>
    RewardClaimFiled = 8,

    /// <summary>Reward officers other than the proposer: a determination awaits a second officer (object: the claim).</summary>
    AwardAwaitingApproval = 9,

    /// <summary>Reward officers: a notice's claim window closed; its claims can be determined (object: the notice).</summary>
    ClaimWindowClosed = 10,

    /// <summary>Reward officers: a contest window closed or a claim was contested; the final determination is due (object: the claim).</summary>
    FinalDeterminationDue = 11,

    /// <summary>Reward officers: collections make a payment due on a final award (object: the claim).</summary>
    RewardPaymentDue = 12,
}
