using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TipLine.Bench.BackOffice;
using TipLine.Infrastructure.Persistence;

// case-load: the measuring side of bench/backoffice/run.sh. `measure` seeds a fresh database and times the case list
// and the case page; `login` times the Argon2id steps of a sign-in; both append to a JSON-lines file that `report`
// turns into Markdown tables. Settings come from BENCH_* variables (bench/backoffice/README.md).
switch (args)
{
    case ["measure", var provider, var results]:
        await MeasureAsync(provider, results);
        return 0;
    case ["login", var results]:
        Measurement.Append(results, LoginCost.Run(Setting("BENCH_LOGIN_ITERATIONS", 10)));
        return 0;
    case ["report", var results]:
        ResultsReport.Print(Measurement.ReadAll(results), Console.Out);
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: case-load measure sqlite|postgres RESULTS | login RESULTS | report RESULTS");
        return 2;
}

static async Task MeasureAsync(string provider, string results)
{
    var seed = Setting("BENCH_SEED", 4);
    var keep = Environment.GetEnvironmentVariable("BENCH_KEEP_DATABASE") == "1";
    await using var database = provider switch
    {
        "sqlite" => BenchDatabase.Sqlite(Environment.GetEnvironmentVariable("BENCH_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath(), keep),
        "postgres" => BenchDatabase.Postgres(
            Environment.GetEnvironmentVariable("TIPLINE_TEST_POSTGRES") is { Length: > 0 } server
                ? server
                : throw new InvalidOperationException("TIPLINE_TEST_POSTGRES must name the PostgreSQL server"),
            keep),
        _ => throw new InvalidOperationException($"unknown provider '{provider}' (sqlite, postgres)"),
    };
    await using var host = new BackOfficeHost(database, Path.Combine(database.WorkDirectory, "blobs"));
    await host.MigrateAsync();

    var cases = Setting("BENCH_CASES", 100_000);
    await Console.Error.WriteLineAsync($"==> {provider}: seeding {cases} cases into {database.Location}");
    SeededWorld world;
    using (var seeder = new CaseSeeder(host, cases, seed))
    {
        world = await seeder.SeedAsync();
    }

    var counts = world.Counts;
    if (database.Provider == DatabaseProvider.Postgres)
    {
        // What autovacuum does within a minute of a load this size; a deployment's steady state has these statistics.
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE"));
    }

    var seeded = string.Create(
        CultureInfo.InvariantCulture,
        $"{counts.Cases:N0} cases, {counts.Tips:N0} tips, {counts.Messages:N0} messages, {counts.Wraps:N0} key wraps, {counts.Routings:N0} routings, {counts.Notes:N0} notes");
    await Console.Error.WriteLineAsync($"==> {provider}: {seeded} in {counts.Elapsed.TotalSeconds:F0} s");
    Measurement.Append(results, [new Measurement(Measurement.SeedKind, provider, "seed", 1, counts.Elapsed.TotalSeconds, counts.Elapsed.TotalSeconds, counts.Elapsed.TotalSeconds, null, null, Measurement.CurrentLoadAverage(), 0, seeded)]);

    var measurements = new QueryMeasurements(host, world, Setting("BENCH_WARMUP", 50), Setting("BENCH_ITERATIONS", 500), seed);
    Measurement.Append(results, await measurements.ListsAsync(provider));
    Measurement.Append(results, await measurements.ReadsAsync(provider));
    if (Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "1")
    {
        await Console.Error.WriteLineAsync(await QueryPlans.DescribeAsync(host, database.Provider, await measurements.CaptureAsync()));
    }

    // The proposed indexes ship in the BackOfficeIndexes migration since this benchmark found them; the pass stays, opt-in,
    // for measuring a proposal against a database migrated without it.
    if (Environment.GetEnvironmentVariable("BENCH_PROPOSED_INDEXES") == "1")
    {
        await ProposedIndexes.CreateAsync(host, database.Provider);
        Measurement.Append(results, await measurements.ListsAsync($"{provider} + proposed indexes"));
        if (Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "1")
        {
            await Console.Error.WriteLineAsync(await QueryPlans.DescribeAsync(host, database.Provider, await measurements.CaptureAsync()));
        }
    }

    if (keep)
    {
        await Console.Error.WriteLineAsync($"==> {provider}: kept {database.Location}");
    }
}

static int Setting(string name, int fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
