using System.Globalization;

namespace TipLine.Bench.BackOffice;

/// <summary>The Markdown tables run.sh prints: seeding, query latencies against the 100 ms target, login cost.</summary>
internal static class ResultsReport
{
    public static void Print(IReadOnlyList<Measurement> results, TextWriter output)
    {
        var seeds = results.Where(r => r.Kind == Measurement.SeedKind).ToList();
        if (seeds.Count > 0)
        {
            output.WriteLine("| provider | seeded | seconds |");
            output.WriteLine("|---|---|---:|");
            foreach (var seed in seeds)
            {
                output.WriteLine(Invariant($"| {seed.Provider} | {seed.Detail} | {seed.P50:F0} |"));
            }

            output.WriteLine();
        }

        var queries = results.Where(r => r.Kind == Measurement.QueryKind).ToList();
        if (queries.Count > 0)
        {
            output.WriteLine("| provider | query | p50 ms | p95 ms | p99 ms | target | met? | SQL statements | client CPU ms | load avg |");
            output.WriteLine("|---|---|---:|---:|---:|---:|---|---:|---:|---:|");
            foreach (var query in queries)
            {
                output.WriteLine(Invariant(
                    $"| {query.Provider} | {query.Operation} | {query.P50:F1} | {query.P95:F1} | {query.P99:F1} | p95 ≤ {query.TargetMs:F0} ms | {Met(query)} | {query.StatementsPerCall:F1} | {query.CpuMsPerCall:F1} | {query.LoadAverage:F1} |"));
            }

            output.WriteLine();
        }

        var logins = results.Where(r => r.Kind == Measurement.LoginKind).ToList();
        if (logins.Count > 0)
        {
            output.WriteLine("| login step | Argon2id | median ms | p95 ms | runs | target | met? | CPU ms | load avg |");
            output.WriteLine("|---|---|---:|---:|---:|---:|---|---:|---:|");
            foreach (var login in logins)
            {
                // "About 0.5 s": within 30 % either way; much faster would mean weaker parameters than intended.
                var met = Math.Abs(login.P50 - login.TargetMs) <= login.TargetMs * 0.3 ? "yes" : login.P50 > login.TargetMs ? "no (slower)" : "no (faster)";
                output.WriteLine(Invariant(
                    $"| {login.Operation} | {login.Detail} | {login.P50:F0} | {login.P95:F0} | {login.Iterations} | median ≈ {login.TargetMs:F0} ms | {met} | {login.CpuMsPerCall:F0} | {login.LoadAverage:F1} |"));
            }
        }
    }

    private static string Met(Measurement query) => query.P95 <= query.TargetMs ? "yes" : "**no**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
