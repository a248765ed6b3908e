using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Domain.Messaging;
using TipLine.Domain.Time;

namespace TipLine.Application.Messaging.SendMessageToWhistleblower;

public sealed class SendMessageToWhistleblowerHandler(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys, TimeProvider clock)
    : ICommandHandler<SendMessageToWhistleblower, Guid>
{
    public async ValueTask<Guid> Handle(SendMessageToWhistleblower command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var userId = actor.RequireUser();
        var tip = await database.Tips
            .VisibleTo(database, actor.RequireOrganisation())
            .SingleOrDefaultAsync(t => t.Id == command.TipId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("tip");

        // Sealing needs only the tip's public key, but writing into a conversation one cannot read makes no sense.
        await tipKeys.DemandReadableAsync(tip.Id, cancellationToken).ConfigureAwait(false);

        var today = clock.Today();
        var body = new MessageBody(command.Text, []).SealForTip(tip.TipPublicKey);
        var sequence = await Conversation.NextSequenceAsync(database, tip.Id, cancellationToken).ConfigureAwait(false);
        var message = new Message(Guid.NewGuid(), tip.Id, sequence, MessageDirection.ToWhistleblower, userId, body, today);
        database.Messages.Add(message);
        tip.RecordFeedback(today);
        return message.Id;
    }
}
