using System.Text.Json;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// One measured operation: latency percentiles (nearest rank) over <see cref="Iterations"/> sequential calls, SQL
/// statements and this process's CPU time per call when counted, the machine's load average while it ran, and the
/// target it is judged against.
/// </summary>
public sealed record Measurement(
    string Kind,
    string Provider,
    string Operation,
    int Iterations,
    double P50,
    double P95,
    double P99,
    double? StatementsPerCall,
    double? CpuMsPerCall,
    double? LoadAverage,
    double TargetMs,
    string Detail)
{
    public const string QueryKind = "query";
    public const string LoginKind = "login";
    public const string SeedKind = "seed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Measurement From(
        string kind, string provider, string operation, IReadOnlyCollection<double> milliseconds, double? statementsPerCall, double cpuMsPerCall, double targetMs, string detail = "")
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        double At(double percent) => sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Measurement(kind, provider, operation, sorted.Length, At(50), At(95), At(99), statementsPerCall, cpuMsPerCall, CurrentLoadAverage(), targetMs, detail);
    }

    /// <summary>The one-minute load average (Linux), which says how much the machine's other work weighed on the run.</summary>
    public static double? CurrentLoadAverage() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static void Append(string path, IEnumerable<Measurement> measurements) =>
        File.AppendAllLines(path, measurements.Select(m => JsonSerializer.Serialize(m, Json)));

    public static IReadOnlyList<Measurement> ReadAll(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<Measurement>(l, Json) ?? throw new InvalidOperationException($"{path}: empty result line"))
            .ToList();
}
