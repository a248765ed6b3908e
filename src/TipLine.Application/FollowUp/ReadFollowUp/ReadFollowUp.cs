using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Messaging;
using TipLine.Domain.Tips;

namespace TipLine.Application.FollowUp.ReadFollowUp;

/// <summary>
/// Everything the whistleblower of <see cref="TipId"/> may see, still encrypted. The web layer passes the tip id only
/// from a follow-up session it issued after a receipt login, never from the request.
/// </summary>
[AllowWhistleblower]
public sealed record ReadFollowUp(Guid TipId) : IQuery<FollowUpView?>;

public sealed record FollowUpView(
    Guid TipId,
    TipStatus Status,
    DateOnly ReceivedOn,
    string TipRecipient,
    byte[] WhistleblowerWrap,
    byte[] AnswersCiphertext,
    IReadOnlyList<FollowUpMessage> Messages,
    IReadOnlyList<FollowUpAttachment> Attachments)
{
    public bool HasUnreadStaffMessages => Messages.Any(m => m.Direction == MessageDirection.ToWhistleblower && !m.ReadByRecipient);
}

/// <summary><see cref="ReadByRecipient"/> on a staff message says the whistleblower has already seen it (it is no longer "new").</summary>
public sealed record FollowUpMessage(Guid Id, MessageDirection Direction, DateOnly SentOn, byte[] BodyCiphertext, bool ReadByRecipient);

/// <summary>A file of the tip (<see cref="MessageId"/> null) or of one message, at its position in that list.</summary>
public sealed record FollowUpAttachment(Guid Id, Guid? MessageId, int Position, long CiphertextLength);
