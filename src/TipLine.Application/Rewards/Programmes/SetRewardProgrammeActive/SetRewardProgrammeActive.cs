using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Programmes.SetRewardProgrammeActive;

/// <summary>
/// Opens or closes one of the administrator's own organisation's programmes to new referrals and notices. What is under
/// way (notices posted, claims, payments) carries on either way.
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record SetRewardProgrammeActive(Guid ProgrammeId, bool Active) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) =>
        new(Active ? "reward.programme.activate" : "reward.programme.deactivate", nameof(RewardProgramme), ProgrammeId.ToString("D"));
}
