using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tips.MarkWhistleblowerMessagesRead;

/// <summary>
/// Records that staff have seen the whistleblower's messages on this tip (the inbox stops counting them as unread).
/// The tip page sends it only when it showed unread ones, so the audit log records when new messages were first read.
/// Returns how many messages it marked.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record MarkWhistleblowerMessagesRead(Guid TipId) : ICommand<int>, IAuditedRequest<int>
{
    public AuditedAction DescribeForAudit(int response) => new("tip.messages.read", nameof(Tip), TipId.ToString("D"));
}
