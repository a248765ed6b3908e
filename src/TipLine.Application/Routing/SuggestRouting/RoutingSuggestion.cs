using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;

namespace TipLine.Application.Routing.SuggestRouting;

/// <summary>
/// An organisation the owner's routing rules suggest for a case, with every reason that matched. An online platform
/// is suggested for a takedown notice, never for routing.
/// </summary>
public sealed record RoutingSuggestion(Guid OrganisationId, string OrganisationName, OrganisationType Type, IReadOnlyList<RoutingReason> Reasons)
{
    public bool IsPlatform => Type == OrganisationType.OnlinePlatform;
}
