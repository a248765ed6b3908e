using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tips.OpenTipAttachment;

/// <summary>
/// Hands a file of a tip to the web layer to stream out decrypted. Audited before the first byte leaves: evidence
/// taken out of TipLine is something an auditor must be able to see. The caller disposes the result (the tip key).
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record OpenTipAttachment(Guid TipId, Guid AttachmentId) : ICommand<OpenedTipAttachment>, IAuditedRequest<OpenedTipAttachment>
{
    public AuditedAction DescribeForAudit(OpenedTipAttachment response) =>
        new("tip.file.download", nameof(Attachment), AttachmentId.ToString("D"));
}
