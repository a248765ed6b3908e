using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TipLine.Web.Operations;

/// <summary>
/// OpenTelemetry traces and metrics, off unless <c>TipLine:Telemetry:OtlpEndpoint</c> names the operator's own
/// collector (OTLP over gRPC). Only back-office requests are seen (<see cref="ObservedRequests"/>); spans keep an
/// allow-list of attributes (<see cref="PersonalDataFreeSpans"/>) and the one metric kept, the request duration
/// histogram, keeps the same allow-list of tags. Logs stay with Serilog (see the redaction enricher).
/// </summary>
internal static class TipLineTelemetry
{
    public const string OtlpEndpointKey = "TipLine:Telemetry:OtlpEndpoint";
    private const string HostingMeter = "Microsoft.AspNetCore.Hosting";
    private const string RequestDuration = "http.server.request.duration";

    public static IServiceCollection AddTipLineTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return services;
        }

        var endpoint = new Uri(configured, UriKind.Absolute);
        services.AddOpenTelemetry()
            // No host name or process details: a service name and a random instance id are enough to tell replicas apart.
            .ConfigureResource(resource => resource.Clear().AddService("tipline"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => ObservedRequests.IsObserved(context.Request.Path);
                    options.RecordException = false;
                })
                .AddProcessor(new PersonalDataFreeSpans())
                .AddOtlpExporter(options => options.Endpoint = endpoint))
            .WithMetrics(metrics => metrics
                .AddMeter(HostingMeter)
                // Active-request gauges and connection metrics would show a public request in flight at a given moment.
                .AddView(instrument => instrument.Meter.Name == HostingMeter && instrument.Name == RequestDuration
                    ? new MetricStreamConfiguration { TagKeys = [.. PersonalDataFreeSpans.AllowedAttributes] }
                    : MetricStreamConfiguration.Drop)
                .AddOtlpExporter(options => options.Endpoint = endpoint));
        return services;
    }
}
