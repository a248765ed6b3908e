using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TipLine.Web.Operations;

/// <summary>
/// Ready when the job storage answers and a job server has sent a heartbeat recently: the sweeps (retention,
/// notifications, reward deadlines) run only while one does.
/// </summary>
internal sealed class JobServerHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    /// <summary>Hangfire servers beat every 30 seconds by default and are considered dead after 5 minutes.</summary>
    internal static readonly TimeSpan HeartbeatAge = TimeSpan.FromMinutes(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var oldest = time.GetUtcNow().UtcDateTime - HeartbeatAge;
        var servers = storage.GetMonitoringApi().Servers();
        var beating = servers.Any(server => server.Heartbeat is { } heartbeat && heartbeat >= oldest);
        return Task.FromResult(beating ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());
    }
}
