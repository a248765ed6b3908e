using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Tips;

namespace TipLine.Application.FollowUp.OpenWhistleblowerAttachment;

public sealed class OpenWhistleblowerAttachmentHandler(ITipLineDatabase database) : IQueryHandler<OpenWhistleblowerAttachment, WhistleblowerAttachment?>
{
    public async ValueTask<WhistleblowerAttachment?> Handle(OpenWhistleblowerAttachment query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await database.Attachments.AsNoTracking()
            .Where(a => a.Id == query.AttachmentId && a.TipId == query.TipId)
            .Where(a => database.Tips.Any(t => t.Id == a.TipId && t.Status != TipStatus.Destroyed))
            .Select(a => new WhistleblowerAttachment(a.BlobName, a.MessageId, a.Position))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
