using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Routing.SuggestRouting;

/// <summary>Where the owning organisation's routing rules say the case should go; an investigator of the owner confirms each.</summary>
[RequiresRole(StaffRoles.IntakeInvestigator)]
public sealed record SuggestRouting(Guid CaseId) : IQuery<IReadOnlyList<RoutingSuggestion>>;
