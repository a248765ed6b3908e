using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Programmes.CreateRewardProgramme;

/// <summary>An administrator sets up a reward programme run by their own organisation's reward officers; it starts active.</summary>
[RequiresRole(StaffRoles.Administrator)]
public sealed record CreateRewardProgramme(RewardProgrammeTerms Terms) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("reward.programme.create", nameof(RewardProgramme), response.ToString("D"));
}
