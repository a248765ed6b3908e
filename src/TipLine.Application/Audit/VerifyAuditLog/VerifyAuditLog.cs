using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Audit.VerifyAuditLog;

/// <summary>
/// Walks the whole audit log with the server's audit public key, as `tipline audit verify` does, and records that it
/// was checked ("audit.verify"). The verification comes first, so the new entry is not part of the report.
/// </summary>
[RequiresRole(StaffRoles.Auditor)]
public sealed record VerifyAuditLog : ICommand<AuditVerification>, IAuditedRequest<AuditVerification>
{
    public AuditedAction DescribeForAudit(AuditVerification response) => new("audit.verify", "AuditLog", null);
}

/// <summary>
/// The verification result. A chain cannot show that its newest entries were cut off, so the page shows the entry
/// count and head hash for the auditor to compare with a copy kept elsewhere, and the public key to pin in the CLI.
/// </summary>
public sealed record AuditVerification(long EntriesVerified, string HeadHashHex, string PublicKeyBase64, AuditChainProblem? FirstProblem)
{
    public bool IsIntact => FirstProblem is null;
}
