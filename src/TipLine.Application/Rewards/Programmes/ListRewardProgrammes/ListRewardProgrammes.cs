using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Programmes.ListRewardProgrammes;

/// <summary>The programmes the actor's own organisation runs, active first, by name.</summary>
[RequiresRole(StaffRoles.Administrator, StaffRoles.RewardOfficer, StaffRoles.Auditor)]
public sealed record ListRewardProgrammes : IQuery<IReadOnlyList<RewardProgrammeSummary>>;
