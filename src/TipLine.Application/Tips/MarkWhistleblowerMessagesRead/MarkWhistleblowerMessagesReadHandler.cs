using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Messaging;
using TipLine.Domain.Messaging;

namespace TipLine.Application.Tips.MarkWhistleblowerMessagesRead;

public sealed class MarkWhistleblowerMessagesReadHandler(ITipLineDatabase database, TipKeys tipKeys) : ICommandHandler<MarkWhistleblowerMessagesRead, int>
{
    public async ValueTask<int> Handle(MarkWhistleblowerMessagesRead command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await tipKeys.DemandReadableAsync(command.TipId, cancellationToken).ConfigureAwait(false);
        return await Conversation.MarkReadAsync(database, command.TipId, MessageDirection.FromWhistleblower, cancellationToken).ConfigureAwait(false);
    }
}
