using System.Diagnostics;

namespace TipLine.Bench.Intake;

/// <summary>
/// `throughput`: tips through the JavaScript path (challenge → submission → tip, no files) from concurrent clients on
/// loopback. The pool is sealed first; warm-up tips are not timed; the timed phase runs for --seconds or until the
/// pool is used up, whichever comes first (the bare ceiling stores nothing, so it may reuse the pool).
/// </summary>
public static class ThroughputCommand
{
    public static async Task RunAsync(CommandLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var label = options.Text("label");
        var channel = options.Text("channel", "wildlife");
        var clients = options.Number("clients", 16);
        var warmupTips = options.Number("warmup", 300);
        var timedTips = options.Number("tips", 6000);
        var seconds = options.Number("seconds", 20);
        var answersTarget = options.Number("answers-bytes", 4096);
        var ceiling = options.Flag("ceiling");
        var serverPid = options.Number("server-pid");
        var round = options.Number("round", 1);
        using var http = IntakeApiClient.CreateHttpClient(new Uri(options.Text("url")));

        // The ceiling has no page and no channel: it gets as many made-up recipients as the seeded channel has.
        var config = ceiling
            ? IntakePageConfig.Made(channel, options.Number("recipients", 2))
            : await IntakePageConfig.LoadAsync(http, channel, CancellationToken.None);
        var answers = AnswersDocument.Build(answersTarget, []);
        var sealing = Stopwatch.StartNew();
        var pool = SealedTipPool.Create(warmupTips + timedTips, answers, config.Recipients, out var answersCiphertextBytes);
        Console.Error.WriteLine(
            $"{label}: sealed {pool.Length} tips in {sealing.Elapsed.TotalSeconds:F1} s " +
            $"({config.Recipients.Count} channel recipients, answers ciphertext {answersCiphertextBytes} B, tip body {pool[0].Length} B)");

        var api = new IntakeApiClient(http, config.Channel);
        var run = new ThroughputRun(api, pool, clients);
        await run.WarmUpAsync(warmupTips);
        var cpuBefore = ProcessCpu.Used(serverPid);
        var measured = await run.MeasureAsync(warmupTips, TimeSpan.FromSeconds(seconds), reusePool: ceiling);
        var serverCpu = ProcessCpu.Used(serverPid) - cpuBefore;
        var result = new ThroughputResult(
            label, round, ceiling, clients, answersCiphertextBytes, pool[0].Length, measured.Tips, measured.Seconds,
            RequestsPerTip: 3, measured.TipMilliseconds.Percentile(50), measured.TipMilliseconds.Percentile(99),
            measured.StoreMilliseconds.Percentile(50), measured.StoreMilliseconds.Percentile(99),
            serverCpu.TotalMilliseconds / measured.Tips, ProcessCpu.LoadAverage());
        Console.Error.WriteLine(
            $"{label}, round {round}: {result.Tips} tips in {result.Seconds:F2} s = {result.TipsPerSecond:F0} tips/s, " +
            $"server CPU {result.ServerCpuMillisecondsPerTip:F2} ms/tip, load average {result.LoadAverage:F1}");
        ResultsFile.Append(options.Text("results"), result);
    }
}
