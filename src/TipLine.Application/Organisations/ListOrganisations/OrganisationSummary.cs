using TipLine.Domain.Organisations;

namespace TipLine.Application.Organisations.ListOrganisations;

public sealed record OrganisationSummary(Guid Id, string Name, OrganisationType Type, IReadOnlyList<string> Jurisdictions, DateOnly CreatedOn);
