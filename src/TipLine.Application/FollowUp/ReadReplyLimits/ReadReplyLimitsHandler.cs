using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.FollowUp.ReadReplyLimits;

public sealed class ReadReplyLimitsHandler(ITipLineDatabase database) : IQueryHandler<ReadReplyLimits, ReplyLimits>
{
    public async ValueTask<ReplyLimits> Handle(ReadReplyLimits query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limits = await database.Tips.AsNoTracking()
            .Where(t => t.Id == query.TipId)
            .Join(database.Channels, t => t.ChannelId, c => c.Id, (t, c) => new ReplyLimits(c.MaximumFiles, c.MaximumFileBytes))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return limits ?? new ReplyLimits(0, 0);
    }
}
