using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Programmes.UpdateRewardProgramme;

/// <summary>
/// New terms for one of the administrator's own organisation's programmes. The currency is fixed once a case has been
/// referred: the ledgers of its notices and claims are kept in it.
/// </summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record UpdateRewardProgramme(Guid ProgrammeId, RewardProgrammeTerms Terms) : ICommand, IAuditedRequest<Unit>
{
    public AuditedAction DescribeForAudit(Unit response) => new("reward.programme.update", nameof(RewardProgramme), ProgrammeId.ToString("D"));
}
