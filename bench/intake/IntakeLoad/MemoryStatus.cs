namespace TipLine.Bench.Intake;

/// <summary>VmRSS and VmHWM of a process, in KiB.</summary>
public sealed record MemoryStatus(long ResidentKiB, long PeakResidentKiB);
