namespace TipLine.Bench.Intake;

/// <summary>The answer to POST /api/intake/{channel}/submissions.</summary>
public sealed record OpenedSubmission(string Submission, long MaximumFileBytes, int MaximumFiles, int ChunkBytes);
