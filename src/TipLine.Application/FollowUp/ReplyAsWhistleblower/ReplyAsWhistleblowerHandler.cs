using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;
using TipLine.Domain.Messaging;
using TipLine.Domain.Time;
using TipLine.Domain.Tips;

namespace TipLine.Application.FollowUp.ReplyAsWhistleblower;

/// <summary>Files are made durable first, then the message and its attachments commit together (as at intake).</summary>
public sealed class ReplyAsWhistleblowerHandler(ITipLineDatabase database, RecentlyCommittedBlobs recentlyCommitted, TimeProvider clock)
    : ICommandHandler<ReplyAsWhistleblower, Guid>
{
    public async ValueTask<Guid> Handle(ReplyAsWhistleblower command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        foreach (var file in command.Files)
        {
            recentlyCommitted.Add(file.Blob.BlobName);
            await file.Blob.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var lastSequence = await database.Messages
            .Where(m => m.TipId == command.TipId)
            .MaxAsync(m => (int?)m.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        var message = new Message(Guid.NewGuid(), command.TipId, lastSequence + 1, MessageDirection.FromWhistleblower, null, command.BodyCiphertext, today);
        database.Messages.Add(message);
        for (var position = 0; position < command.Files.Count; position++)
        {
            var file = command.Files[position];
            database.Attachments.Add(new Attachment(Guid.NewGuid(), command.TipId, message.Id, position, file.Blob.BlobName, file.Length, file.Sha256, today));
        }

        return message.Id;
    }
}
