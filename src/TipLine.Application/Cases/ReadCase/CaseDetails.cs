using TipLine.Application.Routing.SuggestRouting;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;

namespace TipLine.Application.Cases.ReadCase;

public sealed record CaseDetails(
    Guid Id,
    string Reference,
    CaseStatus Status,
    CaseOutcome? Outcome,
    string? Taxon,
    CitesAppendix? Appendix,
    string? Platform,
    IReadOnlyList<string> Countries,
    string? ShipmentMethod,
    Urgency Urgency,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    bool IsDestroyed,
    string OwnerOrganisationName,
    CaseRelation Relation,
    CaseMember? AssignedTo,
    IReadOnlyList<CaseTip> Tips,
    IReadOnlyList<CaseNoteText> Notes,
    IReadOnlyList<CaseRoutingSummary> Routings,
    IReadOnlyList<IssuedTakedownNotice> TakedownNotices,
    IReadOnlyList<CaseAction> AvailableActions,
    CaseOwnerChoices? OwnerChoices)
{
    public bool Allows(CaseAction action) => AvailableActions.Contains(action);
}

/// <summary>A tip of the case. <see cref="Readable"/> says whether the reader holds a wrap of its key.</summary>
public sealed record CaseTip(
    Guid Id,
    DateOnly ReceivedOn,
    DateOnly AcknowledgeBy,
    DateOnly? AcknowledgedOn,
    DateOnly FeedbackBy,
    DateOnly? FeedbackGivenOn,
    bool Readable);

/// <summary>A note; <see cref="Text"/> is null when none of the keys the reader holds opens it.</summary>
public sealed record CaseNoteText(Guid Id, DateOnly WrittenOn, string AuthorName, string? Text);

public sealed record CaseRoutingSummary(Guid OrganisationId, string OrganisationName, OrganisationType Type, DateOnly RoutedOn);

public sealed record IssuedTakedownNotice(Guid Id, string PlatformName, DateOnly IssuedOn, DateOnly? ActedOnOn);

public sealed record CaseMember(Guid UserId, string DisplayName);

public sealed record OrganisationChoice(Guid Id, string Name, OrganisationType Type);

/// <summary>
/// What only the owning organisation's intake investigators need: rule suggestions, whom the case can be assigned to,
/// organisations it can still be routed to, and platforms a takedown notice can go to.
/// </summary>
public sealed record CaseOwnerChoices(
    IReadOnlyList<RoutingSuggestion> Suggestions,
    IReadOnlyList<CaseMember> Assignees,
    IReadOnlyList<OrganisationChoice> RoutableOrganisations,
    IReadOnlyList<OrganisationChoice> Platforms);
