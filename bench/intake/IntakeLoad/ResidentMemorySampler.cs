namespace TipLine.Bench.Intake;

/// <summary>
/// Polls a process's VmRSS while something runs. VmHWM already gives the exact peak; the samples cross-check it and
/// still give a peak where resetting VmHWM is not allowed.
/// </summary>
public sealed class ResidentMemorySampler : IAsyncDisposable
{
    private readonly int pid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long highestKiB;

    public ResidentMemorySampler(int pid, TimeSpan interval)
    {
        this.pid = pid;
        sampling = Task.Run(() => SampleAsync(interval));
    }

    public long HighestKiB => Interlocked.Read(ref highestKiB);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await sampling;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end of sampling.
        }

        stop.Dispose();
    }

    private async Task SampleAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            var rss = ProcessMemory.Read(pid).ResidentKiB;
            if (rss > Interlocked.Read(ref highestKiB))
            {
                Interlocked.Exchange(ref highestKiB, rss);
            }
        }
        while (await timer.WaitForNextTickAsync(stop.Token));
    }
}
