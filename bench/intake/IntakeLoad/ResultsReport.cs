using System.Globalization;

namespace TipLine.Bench.Intake;

/// <summary>The Markdown tables run.sh prints. Every ratio compares results of the same round of the same run.</summary>
public static class ResultsReport
{
    private const double ThroughputTarget = 0.30;
    private const long MemoryTargetKiB = 100 * 1024;

    public static void Print(BenchResults results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        if (results.Throughput.Count > 0)
        {
            PrintThroughput(results.Throughput, output);
            if (results.Throughput.Select(r => r.Round).Distinct().Count() > 1)
            {
                output.WriteLine();
                PrintThroughputMedians(results.Throughput, output);
            }
        }

        if (results.Uploads.Count > 0)
        {
            if (results.Throughput.Count > 0)
            {
                output.WriteLine();
            }

            PrintUploads(results.Uploads, output);
        }
    }

    private static void PrintThroughput(IReadOnlyList<ThroughputResult> rows, TextWriter output)
    {
        var first = rows[0];
        output.WriteLine(
            Invariant($"Tips through the JavaScript API, no files, answers ciphertext {first.AnswersCiphertextBytes} B (tip body {first.TipBodyBytes} B), ") +
            Invariant($"{first.Clients} concurrent clients on loopback. One tip = {first.RequestsPerTip} requests (challenge, submission, tip). ") +
            "Server CPU = user + system time of the server process during the timed phase, divided by the tips.");
        output.WriteLine();
        output.WriteLine("| round | target | tips | seconds | tips/s | requests/s | tip p50 ms | tip p99 ms | POST tip p50 ms | POST tip p99 ms | server CPU ms/tip | load avg | tips/s ÷ ceiling | ≥ 30 % |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var ratio = RatioToCeiling(row, rows);
            output.WriteLine(
                Invariant($"| {row.Round} | {row.Label} | {row.Tips} | {row.Seconds:F1} | {row.TipsPerSecond:F0} | {row.RequestsPerSecond:F0} | ") +
                Invariant($"{row.TipP50Milliseconds:F1} | {row.TipP99Milliseconds:F1} | {row.StoreP50Milliseconds:F1} | {row.StoreP99Milliseconds:F1} | ") +
                Invariant($"{row.ServerCpuMillisecondsPerTip:F2} | {row.LoadAverage:F1} | {Percent(ratio)} | {Verdict(row, ratio)} |"));
        }
    }

    private static void PrintThroughputMedians(IReadOnlyList<ThroughputResult> rows, TextWriter output)
    {
        output.WriteLine("Medians over the rounds (each ratio is taken within its round first):");
        output.WriteLine();
        output.WriteLine("| target | rounds | tips/s | requests/s | tip p50 ms | tip p99 ms | server CPU ms/tip | tips/s ÷ ceiling | ≥ 30 % |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var target in rows.GroupBy(r => r.Label))
        {
            var ratio = Median(target.Select(r => RatioToCeiling(r, rows)));
            output.WriteLine(
                Invariant($"| {target.Key} | {target.Count()} | {Median(target.Select(r => r.TipsPerSecond)):F0} | {Median(target.Select(r => r.RequestsPerSecond)):F0} | ") +
                Invariant($"{Median(target.Select(r => r.TipP50Milliseconds)):F1} | {Median(target.Select(r => r.TipP99Milliseconds)):F1} | ") +
                Invariant($"{Median(target.Select(r => r.ServerCpuMillisecondsPerTip)):F2} | {Percent(ratio)} | {Verdict(target.First(), ratio)} |"));
        }
    }

    private static void PrintUploads(IReadOnlyList<UploadMemoryResult> rows, TextWriter output)
    {
        output.WriteLine(
            "Server resident memory (VmRSS, VmHWM from /proc) while one file is uploaded, SQLite, fresh server per path. " +
            "Idle: fresh = after serving the report page; warm = after a 1 MiB tip the same way. Target judged on peak − fresh idle.");
        output.WriteLine();
        output.WriteLine("| path | file MiB | sent MiB | seconds | MB/s | idle fresh MiB | idle warm MiB | peak RSS MiB | peak − fresh MiB | peak − warm MiB | ≤ 100 MiB |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var peak = row.PeakResetBeforeUpload ? Mebibytes(row.PeakKiB) : Mebibytes(row.PeakKiB) + " (upper bound)";
            output.WriteLine(
                Invariant($"| {row.Label} | {row.FileBytes / 1048576.0:F0} | {row.SentBytes / 1048576.0:F0} | {row.Seconds:F1} | {row.SentBytes / 1e6 / row.Seconds:F0} | ") +
                Invariant($"{Mebibytes(row.FreshIdleKiB)} | {Mebibytes(row.WarmIdleKiB)} | {peak} | {Mebibytes(row.DeltaKiB)} | {Mebibytes(row.WarmDeltaKiB)} | ") +
                Invariant($"{(row.DeltaKiB <= MemoryTargetKiB ? "met" : "missed")} |"));
        }
    }

    private static double RatioToCeiling(ThroughputResult row, IReadOnlyList<ThroughputResult> rows)
    {
        var ceiling = rows.FirstOrDefault(r => r.Ceiling && r.Round == row.Round);
        return ceiling is null ? double.NaN : row.TipsPerSecond / ceiling.TipsPerSecond;
    }

    private static string Verdict(ThroughputResult row, double ratio) =>
        row.Ceiling || double.IsNaN(ratio) ? "—" : ratio >= ThroughputTarget ? "met" : "missed";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Percent(double ratio) => double.IsNaN(ratio) ? "—" : ratio.ToString("P0", CultureInfo.InvariantCulture);

    private static string Mebibytes(long kibibytes) => (kibibytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
