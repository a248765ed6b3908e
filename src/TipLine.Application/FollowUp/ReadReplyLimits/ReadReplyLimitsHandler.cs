using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;

namespace TipLine.Application.FollowUp.ReadReplyLimits;

public sealed class ReadReplyLimitsHandler(ITipLineDatabase database) : IQueryHandler<ReadReplyLimits, ReplyLimits>
{
    public async ValueTask<ReplyLimits> Handle(ReadReplyLimits query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await ForTipAsync(database, query.TipId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The limits of the tip's channel; no files at all for an unknown tip.</summary>
    public static async Task<ReplyLimits> ForTipAsync(ITipLineDatabase database, Guid tipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var limits = await database.Tips.AsNoTracking()
            .Where(t => t.Id == tipId)
            .Join(database.Channels, t => t.ChannelId, c => c.Id, (t, c) => new ReplyLimits(c.MaximumFiles, c.MaximumFileBytes))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return limits ?? new ReplyLimits(0, 0);
    }
}
