namespace TipLine.Web.Intake;

/// <summary>Every minute, abandons upload batches nobody touched for the configured idle time.</summary>
public sealed class UploadExpiryService(UploadRegistry registry, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await registry.ExpireIdleAsync(stoppingToken).ConfigureAwait(false);
        }
    }
}
