namespace TipLine.Domain.Notifications;

/// <summary>
/// A content-free prompt for one staff member: "a tip, message or deadline needs you", with the object's id and the
/// day. Never any content: the notification (and any e-mail made from it) must be safe to leak.
/// One row per user, kind and object, so sending the same notice twice (a job re-run) changes nothing.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid id, Guid staffUserId, NotificationKind kind, Guid objectId, DateOnly day)
    {
        Id = id;
        StaffUserId = staffUserId;
        Kind = kind;
        ObjectId = objectId;
        Day = day;
    }

    public Guid Id { get; private set; }

    public Guid StaffUserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The tip or case concerned.</summary>
    public Guid ObjectId { get; private set; }

    public DateOnly Day { get; private set; }

    public bool IsRead { get; private set; }

    /// <summary>True once an e-mail for it was handed to the mail server (or none was needed), so a re-run never mails twice.</summary>
    public bool IsMailed { get; private set; }

    public void MarkRead() => IsRead = true;

    public void MarkMailed() => IsMailed = true;

    /// <summary>The same thing happened again (e.g. another message on the tip): show it as new again.</summary>
    public void Renew(DateOnly day)
    {
        Day = day;
        IsRead = false;
        IsMailed = false;
    }
}
