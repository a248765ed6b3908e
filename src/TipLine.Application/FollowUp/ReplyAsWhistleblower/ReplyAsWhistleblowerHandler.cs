using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;
using TipLine.Application.Messaging;
using TipLine.Domain.Messaging;
using TipLine.Domain.Time;

namespace TipLine.Application.FollowUp.ReplyAsWhistleblower;

/// <summary>
/// Files are made durable first, then the message and its attachments commit together (as at intake). The sequence is
/// taken last, so the conversation's lock is not held while files are flushed to disk.
/// </summary>
public sealed class ReplyAsWhistleblowerHandler(ITipLineDatabase database, RecentlyCommittedBlobs recentlyCommitted, TimeProvider clock)
    : ICommandHandler<ReplyAsWhistleblower, Guid>
{
    public async ValueTask<Guid> Handle(ReplyAsWhistleblower command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var messageId = Guid.NewGuid();
        await UploadedFiles.StoreAsync(database, recentlyCommitted, command.TipId, messageId, command.Files, today, cancellationToken).ConfigureAwait(false);
        var sequence = await Conversation.NextSequenceAsync(database, command.TipId, cancellationToken).ConfigureAwait(false);
        database.Messages.Add(new Message(messageId, command.TipId, sequence, MessageDirection.FromWhistleblower, null, command.BodyCiphertext, today));
        return messageId;
    }
}
