namespace TipLine.Bench.Intake;

/// <summary>What the timed phase of a throughput run saw.</summary>
public sealed record MeasuredThroughput(int Tips, double Seconds, LatencySample TipMilliseconds, LatencySample StoreMilliseconds);
