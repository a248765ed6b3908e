using System.Diagnostics;

namespace TipLine.Bench.Intake;

/// <summary>Closed-loop load: each client sends one tip after another, taking the next sealed body from a shared pool.</summary>
public sealed class ThroughputRun(IntakeApiClient api, byte[][] pool, int clients)
{
    public async Task WarmUpAsync(int tips)
    {
        var next = -1;
        await RunClientsAsync(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < tips)
            {
                await SendTipAsync(pool[index]);
            }
        });
    }

    /// <summary>Times tips taken from <paramref name="firstIndex"/> on, until <paramref name="duration"/> has passed or the pool runs out.</summary>
    public async Task<MeasuredThroughput> MeasureAsync(int firstIndex, TimeSpan duration, bool reusePool)
    {
        var next = firstIndex - 1;
        var tipTimes = new List<double>[clients];
        var storeTimes = new List<double>[clients];
        var client = -1;
        var clock = Stopwatch.StartNew();
        await RunClientsAsync(async () =>
        {
            var me = Interlocked.Increment(ref client);
            var tipList = tipTimes[me] = [];
            var storeList = storeTimes[me] = [];
            while (clock.Elapsed < duration)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= pool.Length)
                {
                    if (!reusePool)
                    {
                        return;
                    }

                    index = firstIndex + ((index - firstIndex) % (pool.Length - firstIndex));
                }

                var (tip, store) = await SendTipAsync(pool[index]);
                tipList.Add(tip);
                storeList.Add(store);
            }
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        var tips = tipTimes.SelectMany(t => t).ToList();
        return new MeasuredThroughput(tips.Count, elapsed, new LatencySample(tips), new LatencySample(storeTimes.SelectMany(t => t).ToList()));
    }

    /// <summary>One tip as the browser sends it; returns the milliseconds of the whole tip and of its final POST.</summary>
    private async Task<(double Tip, double Store)> SendTipAsync(byte[] body)
    {
        var start = Stopwatch.GetTimestamp();
        var proof = await api.SolveProofOfWorkAsync(CancellationToken.None);
        var opened = await api.OpenSubmissionAsync(proof, CancellationToken.None);
        var storeStart = Stopwatch.GetTimestamp();
        await api.StoreTipAsync(opened.Submission, body, CancellationToken.None);
        var end = Stopwatch.GetTimestamp();
        return (Stopwatch.GetElapsedTime(start, end).TotalMilliseconds, Stopwatch.GetElapsedTime(storeStart, end).TotalMilliseconds);
    }

    private async Task RunClientsAsync(Func<Task> client)
    {
        var running = new Task[clients];
        for (var i = 0; i < clients; i++)
        {
            running[i] = Task.Run(client);
        }

        await Task.WhenAll(running);
    }
}
