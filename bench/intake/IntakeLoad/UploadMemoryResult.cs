namespace TipLine.Bench.Intake;

/// <summary>One line of the memory table: the server's resident size before and during one large upload.</summary>
public sealed record UploadMemoryResult(
    string Label,
    string Mode,
    long FileBytes,
    long SentBytes,
    double Seconds,
    long FreshIdleKiB,
    long WarmIdleKiB,
    long PeakKiB,
    long SampledPeakKiB,
    bool PeakResetBeforeUpload)
{
    /// <summary>Peak above the fresh server: the conservative figure, judged against the target.</summary>
    public long DeltaKiB => PeakKiB - FreshIdleKiB;

    /// <summary>Peak above the server that already took a small tip the same way.</summary>
    public long WarmDeltaKiB => PeakKiB - WarmIdleKiB;
}
