using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;

namespace TipLine.Application.Notices.ListTakedownNotices;

public sealed class ListTakedownNoticesHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListTakedownNotices, TakedownNoticePage>
{
    public const int PageSize = 50;

    public async ValueTask<TakedownNoticePage> Handle(ListTakedownNotices query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var notices = database.AddressedTo(actor.RequireOrganisation());
        if (query.OnlyAwaitingAction)
        {
            notices = notices.Where(n => n.ActedOnOn == null);
        }

        var page = Math.Max(1, query.Page);
        var total = await notices.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await notices.Summaries(database)
            .OrderByDescending(n => n.IssuedOn).ThenBy(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new TakedownNoticePage(rows, page, PageSize, total);
    }
}
