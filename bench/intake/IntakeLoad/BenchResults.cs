namespace TipLine.Bench.Intake;

/// <summary>Everything one run measured.</summary>
public sealed record BenchResults(IReadOnlyList<ThroughputResult> Throughput, IReadOnlyList<UploadMemoryResult> Uploads);
