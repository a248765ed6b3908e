using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Audit.VerifyAuditLog;

/// <summary>
/// Runs inside the command's transaction, which keeps the walk consistent with the entry recorded after it; on
/// SQLite that transaction holds the writer queue for the walk, which takes seconds only for a log of many thousands of entries.
/// </summary>
public sealed class VerifyAuditLogHandler(ITipLineDatabase database, AuditChainVerifier verifier, IAuditSigner signer)
    : ICommandHandler<VerifyAuditLog, AuditVerification>
{
    public async ValueTask<AuditVerification> Handle(VerifyAuditLog command, CancellationToken cancellationToken)
    {
        var publicKey = signer.PublicKey;
        var report = await verifier.VerifyAsync(database, publicKey, cancellationToken).ConfigureAwait(false);
        return new AuditVerification(
            report.EntriesVerified, Convert.ToHexStringLower(report.HeadHash), Convert.ToBase64String(publicKey), report.FirstProblem);
    }
}
