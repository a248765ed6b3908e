using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Referrals.ReferCaseToProgramme;

/// <summary>
/// A case worker who sees the case puts it forward to an active reward programme (any organisation's). Closed cases
/// may be referred: sanctions are often collected long after a case closes. The programme's reward officers are told,
/// and from then on see the case's reference, triage metadata and sanctions ledger, never its tips or notes.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ReferCaseToProgramme(Guid CaseId, Guid ProgrammeId) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("reward.referral.create", nameof(Case), CaseId.ToString("D"));
}
