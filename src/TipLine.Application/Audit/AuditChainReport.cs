namespace TipLine.Application.Audit;

/// <summary>
/// Outcome of a chain walk. A chain cannot prove its own tail was not cut off: compare <see cref="EntriesVerified"/>
/// and <see cref="HeadHash"/> with a copy kept elsewhere (an export, a printed anchor) to detect truncation.
/// </summary>
public sealed record AuditChainReport(long EntriesVerified, byte[] HeadHash, AuditChainProblem? FirstProblem)
{
    public bool IsIntact => FirstProblem is null;
}
