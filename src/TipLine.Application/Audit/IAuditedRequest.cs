namespace TipLine.Application.Audit;

/// <summary>
/// A use case that is written to the audit log after its handler succeeds, in the same transaction. It describes
/// itself from its response because the object's id is often only known once the handler has run.
/// </summary>
public interface IAuditedRequest<in TResponse>
{
    AuditedAction DescribeForAudit(TResponse response);
}
