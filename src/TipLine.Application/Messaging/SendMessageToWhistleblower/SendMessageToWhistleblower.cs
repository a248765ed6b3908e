using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Messaging.SendMessageToWhistleblower;

/// <summary>
/// Staff write to the whistleblower: the text is sealed to the tip's key, so only the whistleblower and staff holding
/// a wrap can read it. Counts as the feedback the three-month deadline asks for. Returns the message id; the audit
/// entry names the tip only, never the text.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record SendMessageToWhistleblower(Guid TipId, string Text) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public const int MaximumTextLength = 20_000;

    public AuditedAction DescribeForAudit(Guid response) => new("tip.message.send", nameof(Tip), TipId.ToString("D"));
}
