using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Domain.Tips;

namespace TipLine.Application.FollowUp.SignInWithReceipt;

public sealed class SignInWithReceiptHandler(ITipLineDatabase database) : IQueryHandler<SignInWithReceipt, Guid?>
{
    public async ValueTask<Guid?> Handle(SignInWithReceipt query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.LookupHash is not { Length: 32 })
        {
            return null;
        }

        var hash = query.LookupHash;
        var tipId = await database.ReceiptIndex.AsNoTracking()
            .Where(r => r.LookupHash == hash)
            .Select(r => (Guid?)r.TipId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (tipId is null)
        {
            return null;
        }

        var destroyed = await database.Tips.AsNoTracking()
            .AnyAsync(t => t.Id == tipId && t.Status == TipStatus.Destroyed, cancellationToken).ConfigureAwait(false);
        return destroyed ? null : tipId;
    }
}
