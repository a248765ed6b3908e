using System.Diagnostics;
using OpenTelemetry;

namespace TipLine.Web.Tests.Operations;

/// <summary>
/// An exporter that copies every span into text at export time (names, attributes, events, status, baggage), exactly
/// what a collector would receive then, so later changes to the live Activity objects cannot hide anything.
/// </summary>
internal sealed class ExportedSpans : BaseExporter<Activity>
{
    private readonly List<ExportedSpan> spans = [];

    public IReadOnlyList<ExportedSpan> Snapshot()
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    public override ExportResult Export(in Batch<Activity> batch)
    {
        lock (spans)
        {
            foreach (var activity in batch)
            {
                var text = string.Join(
                    '\n',
                    new[] { activity.DisplayName, activity.OperationName, activity.StatusDescription ?? string.Empty }
                        .Concat(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
                        .Concat(activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name}:{tag.Key}={tag.Value}")))
                        .Concat(activity.Baggage.Select(item => $"{item.Key}={item.Value}")));
                spans.Add(new ExportedSpan(activity.TagObjects.Select(tag => tag.Key).ToList(), activity.GetTagItem("http.route") as string, text));
            }
        }

        return ExportResult.Success;
    }
}

internal sealed record ExportedSpan(IReadOnlyList<string> AttributeKeys, string? Route, string Text);
