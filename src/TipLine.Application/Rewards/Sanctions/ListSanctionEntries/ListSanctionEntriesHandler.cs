using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Rewards.Sanctions.ListSanctionEntries;

public sealed class ListSanctionEntriesHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<ListSanctionEntries, SanctionLedgerView>
{
    public async ValueTask<SanctionLedgerView> Handle(ListSanctionEntries query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await SanctionAccess.EnsureAsync(database, actor, query.CaseId, cancellationToken).ConfigureAwait(false);
        var (view, _) = await SanctionLedgerView.ReadAsync(database, query.CaseId, cancellationToken).ConfigureAwait(false);
        return view;
    }
}
