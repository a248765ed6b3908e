using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Inbox.ListInbox;

/// <summary>
/// The tips of the actor's organisation's channels that are not in a case yet, newest first, a page at a time,
/// optionally from one channel only. <see cref="Page"/> counts from 1; a page past the end shows the last one.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record ListInbox(Guid? ChannelId = null, int Page = 1) : IQuery<InboxPage>
{
    public const int PageSize = 50;
}

public sealed record InboxPage(IReadOnlyList<InboxTip> Tips, IReadOnlyList<InboxChannel> Channels, Guid? ChannelId, int Page, int PageCount, int TipCount);

/// <summary>
/// One tip as the inbox lists it: deadlines and counts only, nothing the whistleblower wrote. <see cref="Readable"/>
/// says whether the actor holds a wrap of its key (an investigator who joined after it arrived does not).
/// </summary>
public sealed record InboxTip(
    Guid TipId,
    string ChannelName,
    TipStatus Status,
    DateOnly ReceivedOn,
    DateOnly AcknowledgeBy,
    DateOnly FeedbackBy,
    bool FeedbackGiven,
    int UnreadMessages,
    int Files,
    bool Readable);

/// <summary>One of the organisation's channels, with how many of its tips wait in the inbox.</summary>
public sealed record InboxChannel(Guid Id, string Name, int Tips);
