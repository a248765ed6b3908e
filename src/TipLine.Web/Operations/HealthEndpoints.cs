using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TipLine.Web.Operations;

/// <summary>
/// /health/live (the process answers; no dependency is touched) and /health/ready (database, blob store, job
/// server). Anyone may call them: the body is one status word, never a check name, exception text or path.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddTipLineHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<BlobStoreHealthCheck>("blob-store", tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<JobServerHealthCheck>("job-server", tags: [ReadyTag], timeout: CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapTipLineHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        // The default writer prints the overall status word only; Unhealthy is 503 so orchestrators stop routing.
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = registration => registration.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
