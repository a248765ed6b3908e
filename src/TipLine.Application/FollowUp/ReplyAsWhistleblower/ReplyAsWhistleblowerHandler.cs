using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake;
using TipLine.Domain.Messaging;
using TipLine.Domain.Time;

namespace TipLine.Application.FollowUp.ReplyAsWhistleblower;

/// <summary>Files are made durable first, then the message and its attachments commit together (as at intake).</summary>
public sealed class ReplyAsWhistleblowerHandler(ITipLineDatabase database, RecentlyCommittedBlobs recentlyCommitted, TimeProvider clock)
    : ICommandHandler<ReplyAsWhistleblower, Guid>
{
    public async ValueTask<Guid> Handle(ReplyAsWhistleblower command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var lastSequence = await database.Messages
            .Where(m => m.TipId == command.TipId)
            .MaxAsync(m => (int?)m.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        var message = new Message(Guid.NewGuid(), command.TipId, lastSequence + 1, MessageDirection.FromWhistleblower, null, command.BodyCiphertext, today);
        await UploadedFiles.StoreAsync(database, recentlyCommitted, command.TipId, message.Id, command.Files, today, cancellationToken).ConfigureAwait(false);
        database.Messages.Add(message);
        return message.Id;
    }
}
