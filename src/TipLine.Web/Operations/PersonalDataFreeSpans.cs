using System.Diagnostics;
using OpenTelemetry;

namespace TipLine.Web.Operations;

/// <summary>
/// Keeps only an allow-list of span attributes before any exporter sees a span: the instrumentation would otherwise
/// add the URL path (with ids), query string, user agent, client address and peer port. The name becomes method and
/// route template; a status description (an exception message could carry content) is dropped.
/// </summary>
internal sealed class PersonalDataFreeSpans : BaseProcessor<Activity>
{
    /// <summary>Attributes that describe the kind of request, never the person or the object asked for.</summary>
    internal static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "http.request.method", "http.response.status_code", "http.route", "url.scheme", "network.protocol.version", "error.type",
    };

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var key in data.TagObjects.Select(tag => tag.Key).Where(key => !AllowedAttributes.Contains(key)).ToList())
        {
            data.SetTag(key, null);
        }

        foreach (var key in data.Baggage.Select(item => item.Key).ToList())
        {
            data.SetBaggage(key, null);
        }

        var method = data.GetTagItem("http.request.method") as string ?? "HTTP";
        data.DisplayName = data.GetTagItem("http.route") is string route ? $"{method} {route}" : method;
        data.SetStatus(data.Status);
    }
}
