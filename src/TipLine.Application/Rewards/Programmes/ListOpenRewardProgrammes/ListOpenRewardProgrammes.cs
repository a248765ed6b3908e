using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Programmes.ListOpenRewardProgrammes;

/// <summary>
/// Every active programme of the deployment, whoever runs it, for the case workers' referral picker. Programme terms are
/// public law, so naming them reveals nothing about any case.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ListOpenRewardProgrammes : IQuery<IReadOnlyList<OpenRewardProgramme>>;

public sealed record OpenRewardProgramme(Guid Id, string Name, string Jurisdiction, string OrganisationName, string Currency);
