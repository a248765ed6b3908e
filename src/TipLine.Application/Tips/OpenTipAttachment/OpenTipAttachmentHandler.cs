using Mediator;

namespace TipLine.Application.Tips.OpenTipAttachment;

public sealed class OpenTipAttachmentHandler(TipAttachmentFiles files) : ICommandHandler<OpenTipAttachment, OpenedTipAttachment>
{
    public async ValueTask<OpenedTipAttachment> Handle(OpenTipAttachment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await files.OpenAsync(command.TipId, command.AttachmentId, cancellationToken).ConfigureAwait(false);
    }
}
