using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Tips;

namespace TipLine.Application.FollowUp.ReadFollowUp;

public sealed class ReadFollowUpHandler(ITipLineDatabase database) : IQueryHandler<ReadFollowUp, FollowUpView?>
{
    public async ValueTask<FollowUpView?> Handle(ReadFollowUp query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tip = await database.Tips.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == query.TipId && t.Status != TipStatus.Destroyed, cancellationToken).ConfigureAwait(false);
        if (tip is null)
        {
            return null;
        }

        var wrap = await database.TipKeyWraps.AsNoTracking()
            .Where(w => w.TipId == tip.Id && w.Holder == KeyWrapHolder.Whistleblower && w.RecipientPublicKey == tip.WhistleblowerPublicKey)
            .Select(w => w.WrappedKey)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (wrap is null)
        {
            return null;
        }

        var messages = await database.Messages.AsNoTracking()
            .Where(m => m.TipId == tip.Id)
            .OrderBy(m => m.Sequence)
            .Select(m => new FollowUpMessage(m.Id, m.Direction, m.SentOn, m.BodyCiphertext, m.ReadByRecipient))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var attachments = await database.Attachments.AsNoTracking()
            .Where(a => a.TipId == tip.Id)
            .OrderBy(a => a.Position)
            .Select(a => new FollowUpAttachment(a.Id, a.MessageId, a.Position, a.CiphertextLength))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new FollowUpView(tip.Id, tip.Status, tip.ReceivedOn, tip.TipPublicKey, wrap, tip.AnswersCiphertext, messages, attachments);
    }
}
