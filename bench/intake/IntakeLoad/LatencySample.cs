namespace TipLine.Bench.Intake;

/// <summary>Latencies in milliseconds, with nearest-rank percentiles.</summary>
public sealed class LatencySample
{
    private readonly double[] sorted;

    public LatencySample(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        sorted = [.. milliseconds.Order()];
    }

    public double Percentile(int percent)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
