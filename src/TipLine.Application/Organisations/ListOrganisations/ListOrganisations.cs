using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Organisations.ListOrganisations;

/// <summary>Every organisation, by name, for configuration and oversight.</summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.Auditor)]
public sealed record ListOrganisations : IQuery<IReadOnlyList<OrganisationSummary>>;
