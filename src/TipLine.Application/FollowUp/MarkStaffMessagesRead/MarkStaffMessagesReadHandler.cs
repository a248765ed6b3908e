using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Messaging;
using TipLine.Domain.Messaging;

namespace TipLine.Application.FollowUp.MarkStaffMessagesRead;

public sealed class MarkStaffMessagesReadHandler(ITipLineDatabase database) : ICommandHandler<MarkStaffMessagesRead, int>
{
    public async ValueTask<int> Handle(MarkStaffMessagesRead command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await Conversation.MarkReadAsync(database, command.TipId, MessageDirection.ToWhistleblower, cancellationToken).ConfigureAwait(false);
    }
}
