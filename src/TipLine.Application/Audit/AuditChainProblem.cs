namespace TipLine.Application.Audit;

/// <summary>The first place the chain fails, by the sequence number found there.</summary>
public sealed record AuditChainProblem(long Sequence, AuditChainProblemKind Kind, string Description);
