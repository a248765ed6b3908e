using Microsoft.AspNetCore.Http.Features;

namespace TipLine.Web.Operations;

/// <summary>
/// Which requests telemetry may see: the back office only. A span or a request metric is timed to the millisecond
/// (or to the export interval), which would record when a whistleblower acted (design property 2), so the
/// public side (intake, follow-up, their APIs, the home page, proofs of work) and anything added later default to
/// invisible. See threat-model/decisions/0025-observability.md.
/// </summary>
internal static class ObservedRequests
{
    private const string ObservedPrefix = "/office";

    public static bool IsObserved(PathString path) => path.StartsWithSegments(ObservedPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Turns ASP.NET Core's own request metrics off for every unobserved request, whoever listens (an OpenTelemetry
    /// exporter, dotnet-counters): the decision must not depend on how telemetry happens to be configured.
    /// </summary>
    public static Task HideUnobservedFromMetricsAsync(HttpContext context, Func<Task> next)
    {
        if (!IsObserved(context.Request.Path) && context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
        {
            metrics.MetricsDisabled = true;
        }

        return next();
    }
}
