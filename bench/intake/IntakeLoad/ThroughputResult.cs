namespace TipLine.Bench.Intake;

/// <summary>One target's line in the throughput table.</summary>
public sealed record ThroughputResult(
    string Label,
    int Round,
    bool Ceiling,
    int Clients,
    int AnswersCiphertextBytes,
    int TipBodyBytes,
    int Tips,
    double Seconds,
    int RequestsPerTip,
    double TipP50Milliseconds,
    double TipP99Milliseconds,
    double StoreP50Milliseconds,
    double StoreP99Milliseconds,
    double ServerCpuMillisecondsPerTip,
    double LoadAverage)
{
    public double TipsPerSecond => Tips / Seconds;

    public double RequestsPerSecond => TipsPerSecond * RequestsPerTip;
}
