using Mediator;
using TipLine.Application.Evidence;

namespace TipLine.Application.Tips.InspectAttachment;

public sealed class InspectAttachmentHandler(TipAttachmentFiles files) : IQueryHandler<InspectAttachment, AttachmentInspection>
{
    public async ValueTask<AttachmentInspection> Handle(InspectAttachment query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var file = await files.OpenAsync(query.TipId, query.AttachmentId, cancellationToken).ConfigureAwait(false);
        using var plaintext = await files.ReadIntoMemoryAsync(file, cancellationToken).ConfigureAwait(false);
        var report = plaintext is null ? null : FileMetadata.Inspect(plaintext.Content, file.FileName);
        return new AttachmentInspection(query.TipId, query.AttachmentId, file.FileName, TooLargeToInspect: plaintext is null, report);
    }
}
