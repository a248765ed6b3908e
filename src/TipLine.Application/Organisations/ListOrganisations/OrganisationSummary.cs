using TipLine.Domain.Organisations;

namespace TipLine.Application.Organisations.ListOrganisations;

/// <summary>One organisation as configured; <see cref="EscrowRecipient"/> is a public key, so showing it reveals nothing.</summary>
public sealed record OrganisationSummary(Guid Id, string Name, OrganisationType Type, IReadOnlyList<string> Jurisdictions, DateOnly CreatedOn, string? EscrowRecipient);
