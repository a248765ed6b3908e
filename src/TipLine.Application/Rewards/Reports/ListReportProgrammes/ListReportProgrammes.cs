using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Reports.ListReportProgrammes;

/// <summary>The programmes run by the actor's organisation, by name: what the report page offers to pick from.</summary>
[RequiresRole(StaffRoles.RewardOfficer, StaffRoles.Administrator, StaffRoles.Auditor)]
public sealed record ListReportProgrammes : IQuery<IReadOnlyList<ReportProgramme>>;

public sealed record ReportProgramme(Guid Id, string Name, string Currency, bool IsActive);
