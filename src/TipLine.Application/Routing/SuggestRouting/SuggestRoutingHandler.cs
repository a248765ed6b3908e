using Mediator;
using TipLine.Application.Abstractions;
using TipLine.Application.Cases;

namespace TipLine.Application.Routing.SuggestRouting;

public sealed class SuggestRoutingHandler(ITipLineDatabase database, ICurrentActor actor) : IQueryHandler<SuggestRouting, IReadOnlyList<RoutingSuggestion>>
{
    public async ValueTask<IReadOnlyList<RoutingSuggestion>> Handle(SuggestRouting query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var @case = await database.FindCaseForAsync(actor, CaseAction.Route, query.CaseId, nameof(SuggestRouting), cancellationToken).ConfigureAwait(false);
        return await RoutingSuggestions.ForCaseAsync(database, @case, cancellationToken).ConfigureAwait(false);
    }
}
