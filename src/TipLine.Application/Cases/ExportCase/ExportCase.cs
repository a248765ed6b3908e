using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Domain.Cases;
using TipLine.Domain.Staff;

namespace TipLine.Application.Cases.ExportCase;

/// <summary>
/// A case's evidence for a court or an air-gapped review: one age file to the prosecutor's own recipient, holding a tar
/// of every tip's decrypted answers, messages and files, the original ciphertexts, the signed intake records and a
/// manifest of SHA-256 hashes. Audited before the first byte is written; the caller writes and disposes the result.
/// </summary>
[RequiresRole(StaffRoles.IntakeInvestigator, StaffRoles.Prosecutor, StaffRoles.EnforcementOfficer)]
public sealed record ExportCase(Guid CaseId, string Recipient) : ICommand<CaseExport>, IAuditedRequest<CaseExport>
{
    public AuditedAction DescribeForAudit(CaseExport response) =>
        new("case.export", nameof(Case), CaseId.ToString("D"));
}
