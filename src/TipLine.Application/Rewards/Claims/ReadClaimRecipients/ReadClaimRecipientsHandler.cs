using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;

namespace TipLine.Application.Rewards.Claims.ReadClaimRecipients;

public sealed class ReadClaimRecipientsHandler(ITipLineDatabase database) : IQueryHandler<ReadClaimRecipients, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ReadClaimRecipients query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var notice = await WhistleblowerRewards.NoticeForTipAsync(database, query.TipId, query.NoticeId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("notice");
        return await database.ClaimRecipientsAsync(notice.ProgrammeId, query.TipId, cancellationToken).ConfigureAwait(false);
    }
}
