using System.Diagnostics;
using TipLine.Application.Cases.ListCases;
using TipLine.Application.Cases.ReadCase;
using TipLine.Domain.Cases;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// The case list and the case page through the real pipeline, one call at a time, as the owner's investigator and as
/// the prosecutor cases are routed to. Every answer is checked against what was seeded (totals, page sizes, the case
/// asked for, notes decrypted), so a fast wrong answer cannot pass for a fast right one.
/// </summary>
internal sealed class QueryMeasurements(BackOfficeHost host, SeededWorld world, int warmup, int iterations, int seed)
{
    public const double TargetMs = 100;

    // Filters offered by the list page; the countries a filter names are the trade's most frequent ones.
    private static readonly CaseStatus[] Statuses = Enum.GetValues<CaseStatus>();
    private static readonly Urgency[] Urgencies = Enum.GetValues<Urgency>();
    private static readonly string[] FilterCountries = ["VN", "CN", "TH", "ID", "NG", "FR", "CM", "US", "MY", "ZA"];

    private readonly Random random = new(seed);

    /// <summary>The case list, unfiltered (first page) and filtered (a random page among the first 20), per actor.</summary>
    public async Task<IReadOnlyList<Measurement>> ListsAsync(string label)
    {
        var results = new List<Measurement>();
        foreach (var (actor, visible) in Actors())
        {
            results.Add(await MeasureAsync(label, $"{actor.Label}: list, first page, no filter", () => ListAsync(actor, visible, new ListCases())));
            results.Add(await MeasureAsync(label, $"{actor.Label}: list, status+country+urgency, page 1-20", () => ListAsync(actor, visible, RandomFilter(visible))));
        }

        return results;
    }

    /// <summary>The case page of a random visible case, and of a random visible case with notes (which decrypts), per actor.</summary>
    public async Task<IReadOnlyList<Measurement>> ReadsAsync(string label)
    {
        var results = new List<Measurement>();
        foreach (var (actor, visible) in Actors())
        {
            var withNotes = visible.Where(c => c.HasNotes).ToList();
            results.Add(await MeasureAsync(label, $"{actor.Label}: open a random case", () => ReadAsync(actor, visible)));
            results.Add(await MeasureAsync(label, $"{actor.Label}: open a case with notes", () => ReadAsync(actor, withNotes)));
        }

        return results;
    }

    /// <summary>
    /// The statements each operation sends, in their heaviest form (the largest status, page 20), captured for their
    /// query plans.
    /// </summary>
    public async Task<IReadOnlyList<(string Operation, IReadOnlyList<CapturedStatement> Statements)>> CaptureAsync()
    {
        var heaviest = new ListCases(Status: CaseStatus.Closed, Urgency: Urgency.Normal, Country: FilterCountries[0], Page: 20);
        var investigator = world.Investigator;
        var noted = world.Cases.First(c => c.HasNotes && c.Routed);
        var captured = new List<(string, IReadOnlyList<CapturedStatement>)>();
        async Task Capture(string operation, Func<Task> call)
        {
            var statements = new List<CapturedStatement>();
            host.Statements.Capture = statements;
            try
            {
                await call();
            }
            finally
            {
                host.Statements.Capture = null;
            }

            captured.Add((operation, statements));
        }

        await Capture("investigator: list, first page, no filter", () => host.SendAsync(investigator, m => m.Send(new ListCases())));
        await Capture($"investigator: list, {heaviest}", () => host.SendAsync(investigator, m => m.Send(heaviest)));
        await Capture("prosecutor: list, first page, no filter", () => host.SendAsync(world.Prosecutor, m => m.Send(new ListCases())));
        await Capture("investigator: open a case with notes", () => host.SendAsync(investigator, m => m.Send(new ReadCase(noted.Id))));
        return captured;
    }

    private IEnumerable<(BenchActor Actor, IReadOnlyList<SeededCase> Visible)> Actors() =>
    [
        (world.Investigator, world.Cases),
        (world.Prosecutor, world.Cases.Where(c => c.Routed).ToList()),
    ];

    private async Task<Measurement> MeasureAsync(string label, string operation, Func<Task> call)
    {
        for (var i = 0; i < warmup; i++)
        {
            await call();
        }

        var milliseconds = new List<double>(iterations);
        var statementsBefore = host.Statements.Count;
        var cpuBefore = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var cpuMsPerCall = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / iterations;
        var statements = (double)(host.Statements.Count - statementsBefore) / iterations;
        var measured = Measurement.From(Measurement.QueryKind, label, operation, milliseconds, statements, cpuMsPerCall, TargetMs);
        await Console.Error.WriteLineAsync(
            $"    {label}, {operation}: p50 {measured.P50:F1} ms, p95 {measured.P95:F1} ms, {statements:F1} statements, {cpuMsPerCall:F1} ms CPU, load {measured.LoadAverage}");
        return measured;
    }

    private ListCases RandomFilter(IReadOnlyList<SeededCase> visible)
    {
        var filter = new ListCases(
            Status: Statuses[random.Next(Statuses.Length)],
            Urgency: Urgencies[random.Next(Urgencies.Length)],
            Country: FilterCountries[random.Next(FilterCountries.Length)]);
        var pages = Math.Max(1, (Matching(visible, filter).Count() + ListCasesHandler.PageSize - 1) / ListCasesHandler.PageSize);
        return filter with { Page = random.Next(1, Math.Min(20, pages) + 1) };
    }

    // The filter as the seeded data answers it; the list must agree.
    private static IEnumerable<SeededCase> Matching(IEnumerable<SeededCase> cases, ListCases filter) =>
        cases.Where(c => (filter.Status is null || c.Status == filter.Status)
            && (filter.Urgency is null || c.Urgency == filter.Urgency)
            && (filter.Country is null || c.Countries.Contains(filter.Country, StringComparer.Ordinal)));

    private async Task ListAsync(BenchActor actor, IReadOnlyList<SeededCase> visible, ListCases filter)
    {
        var page = await host.SendAsync(actor, m => m.Send(filter));
        var total = Matching(visible, filter).Count();
        var expectedRows = Math.Clamp(total - ((filter.Page - 1) * ListCasesHandler.PageSize), 0, ListCasesHandler.PageSize);
        if (page.Total != total || page.Rows.Count != expectedRows)
        {
            throw new InvalidOperationException(
                $"{actor.Label}, {filter}: {page.Total} cases and {page.Rows.Count} rows listed, {total} and {expectedRows} seeded");
        }
    }

    private async Task ReadAsync(BenchActor actor, IReadOnlyList<SeededCase> visible)
    {
        var wanted = visible[random.Next(visible.Count)];
        var details = await host.SendAsync(actor, m => m.Send(new ReadCase(wanted.Id)));
        var notesOpened = details.Notes.Count > 0 && details.Notes.All(n => n.Text is not null);
        if (details.Id != wanted.Id || details.Tips.Count == 0 || !details.Tips.All(t => t.Readable) || notesOpened != wanted.HasNotes)
        {
            throw new InvalidOperationException(
                $"{actor.Label} opened case {wanted.Id}: {details.Tips.Count} tips, {details.Notes.Count(n => n.Text is not null)} of {details.Notes.Count} notes readable");
        }
    }
}
