namespace TipLine.Application.Deadlines;

/// <summary>A deadline of one tip that has not been met yet.</summary>
public sealed record OpenDeadline(Guid TipId, Guid ChannelId, Guid? CaseId, DateOnly ReceivedOn, DeadlineKind Kind, DateOnly DueOn)
{
    public bool IsOverdueOn(DateOnly today) => DueOn < today;
}
