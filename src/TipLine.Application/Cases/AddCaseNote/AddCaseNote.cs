using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.AddCaseNote;

/// <summary>
/// Adds a note to an open case, encrypted to every tip key of the case: whoever can read the case's tips can read
/// it, and withdrawing a routing withdraws the notes with the tips. The server keeps only ciphertext.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record AddCaseNote(Guid CaseId, string Text) : ICommand<Guid>, IAuditedRequest<Guid>
{
    public AuditedAction DescribeForAudit(Guid response) => new("case.note.add", nameof(Case), CaseId.ToString("D"));
}
