using System.Diagnostics;

namespace TipLine.Bench.Intake;

/// <summary>
/// `upload`: the server's resident memory while one large attachment arrives, with JavaScript (--mode js) or without
/// (--mode nojs). Idle is read twice: on the fresh server after its report page was served, and after a 1 MiB tip
/// through the same path. The first bounds the cost from above (it includes loading that path's code and, without
/// JavaScript, the receipt's Argon2id memory); the second from below (the heap keeps what the small tip grew).
/// The peak is VmHWM reset just before the large upload, so it belongs to that upload alone.
/// </summary>
public static class UploadCommand
{
    private const long WarmUpBytes = 1024 * 1024;

    public static async Task RunAsync(CommandLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var label = options.Text("label");
        var mode = options.Text("mode");
        var channel = options.Text("channel", "wildlife");
        var pid = options.Number("server-pid");
        var fileBytes = options.Number("size-mib", 1024) * 1024L * 1024;
        var settle = TimeSpan.FromSeconds(options.Number("settle-seconds", 3));
        Func<HttpClient, string, long, CancellationToken, Task<long>> send = mode switch
        {
            "js" => JavaScriptUpload.SendAsync,
            "nojs" => NoScriptUpload.SendAsync,
            _ => throw new BenchException("--mode is js or nojs"),
        };
        using var http = IntakeApiClient.CreateHttpClient(new Uri(options.Text("url")));

        using (var page = await http.GetAsync($"/report/{channel}?lang=en"))
        {
            page.EnsureSuccessStatusCode();
        }

        await Task.Delay(settle);
        var freshIdle = ProcessMemory.Read(pid);
        await send(http, channel, WarmUpBytes, CancellationToken.None);
        await Task.Delay(settle);
        var warmIdle = ProcessMemory.Read(pid);
        var peakReset = ProcessMemory.TryResetPeak(pid);
        var clock = Stopwatch.StartNew();
        long sentBytes;
        long sampledPeak;
        var sampler = new ResidentMemorySampler(pid, TimeSpan.FromMilliseconds(20));
        await using (sampler)
        {
            sentBytes = await send(http, channel, fileBytes, CancellationToken.None);
            clock.Stop();
            sampledPeak = sampler.HighestKiB;
        }

        var after = ProcessMemory.Read(pid);
        // Without a reset VmHWM also covers start-up; it is then an upper bound, and the report says so.
        var result = new UploadMemoryResult(
            label, mode, fileBytes, sentBytes, clock.Elapsed.TotalSeconds, freshIdle.ResidentKiB, warmIdle.ResidentKiB,
            Math.Max(after.PeakResidentKiB, sampledPeak), sampledPeak, peakReset);
        Console.Error.WriteLine(
            $"{label}: {fileBytes >> 20} MiB in {result.Seconds:F1} s; idle {freshIdle.ResidentKiB >> 10} MiB fresh, " +
            $"{warmIdle.ResidentKiB >> 10} MiB after 1 MiB; peak {result.PeakKiB >> 10} MiB (sampled {sampledPeak >> 10} MiB, HWM reset: {peakReset})");
        ResultsFile.Append(options.Text("results"), result);
    }
}
