using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Intake.Plaintext;
using TipLine.Domain.Messaging;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tips.ReadTip;

/// <summary>
/// A tip opened with the actor's own wrap of its key: answers, conversation and files, decrypted in server memory for
/// this request only. Everything in it that the whistleblower wrote is untrusted text to encode, never to interpret.
/// Reading marks nothing: the page sends <see cref="MarkWhistleblowerMessagesRead.MarkWhistleblowerMessagesRead"/>.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ReadTip(Guid TipId) : IQuery<TipReading>;

/// <summary><see cref="Answers"/> is null when the sealed answers do not open (a malformed browser submission).</summary>
public sealed record TipReading(
    Guid TipId,
    string ChannelName,
    TipStatus Status,
    DateOnly ReceivedOn,
    DateOnly? AcknowledgedOn,
    DateOnly AcknowledgeBy,
    DateOnly FeedbackBy,
    DateOnly? FeedbackGivenOn,
    Guid? CaseId,
    string? CaseReference,
    TipAnswers? Answers,
    IReadOnlyList<TipFile> Files,
    IReadOnlyList<TipMessage> Messages)
{
    /// <summary>Whistleblower messages no staff member has marked as seen yet.</summary>
    public bool HasUnreadWhistleblowerMessages => Messages.Any(m => m.Direction == MessageDirection.FromWhistleblower && !m.ReadByRecipient);
}

/// <summary>
/// One message either way. <see cref="AuthorName"/> is the staff author's display name (null for the whistleblower and
/// automatic messages); <see cref="Text"/> is null when the message does not open.
/// </summary>
public sealed record TipMessage(
    Guid Id,
    int Sequence,
    MessageDirection Direction,
    DateOnly SentOn,
    string? AuthorName,
    bool ReadByRecipient,
    string? Text,
    IReadOnlyList<TipFile> Files);

/// <summary>A file of the tip (<see cref="MessageId"/> null) or of one message; name, type and size are as the sender described them.</summary>
public sealed record TipFile(Guid Id, Guid? MessageId, int Position, string Name, string Type, long Size);
