namespace TipLine.Application.Notices;

/// <summary>
/// A takedown notice as lists show it: who sent it to whom and when, nothing about the case. Built with initialisers
/// (not a constructor) so queries can still order by its members.
/// </summary>
public sealed record TakedownNoticeSummary
{
    public required Guid Id { get; init; }

    public required string IssuingOrganisationName { get; init; }

    public required string PlatformName { get; init; }

    public required DateOnly IssuedOn { get; init; }

    public DateOnly? ActedOnOn { get; init; }
}
