using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Reports.ComputeRewardReport;

/// <summary>
/// A programme's report: claims (filed, by status), determinations (approved proposals by stage, award or no award),
/// obligations (entitlements of final awards), paid and outstanding, by currency, for the claims filed in
/// <see cref="Year"/> (all years when null). Small counts are suppressed here, as on the statistics page (ADR 0020),
/// and money figures are withheld when they come from fewer than five final determinations, so no page or export can
/// show more. Programmes of other organisations do not exist for the actor.
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer, StaffRoles.Administrator, StaffRoles.Auditor)]
public sealed record ComputeRewardReport(Guid ProgrammeId, int? Year = null) : IQuery<RewardReport>
{
    public const int FirstYear = 2000;

    public const int LastYear = 2200;
}
