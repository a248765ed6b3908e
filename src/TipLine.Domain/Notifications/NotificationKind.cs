namespace TipLine.Domain.Notifications;

public enum NotificationKind
{
    NewTip = 1,
    NewMessage = 2,
    CaseRouted = 3,
    AcknowledgementDue = 4,
    FeedbackDue = 5,
    DeadlineMissed = 6,
}
