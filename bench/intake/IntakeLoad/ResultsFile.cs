using System.Text.Json;
using System.Text.Json.Nodes;

namespace TipLine.Bench.Intake;

/// <summary>The results of one run.sh invocation: one JSON object per line, appended by each measuring command.</summary>
public static class ResultsFile
{
    private const string ThroughputKind = "throughput";
    private const string UploadKind = "upload";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Append(string path, ThroughputResult result) => AppendLine(path, ThroughputKind, JsonSerializer.SerializeToNode(result, Json));

    public static void Append(string path, UploadMemoryResult result) => AppendLine(path, UploadKind, JsonSerializer.SerializeToNode(result, Json));

    public static BenchResults ReadAll(string path)
    {
        var throughput = new List<ThroughputResult>();
        var uploads = new List<UploadMemoryResult>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var entry = JsonNode.Parse(line)!.AsObject();
            var result = entry["result"];
            switch ((string?)entry["kind"])
            {
                case ThroughputKind:
                    throughput.Add(result.Deserialize<ThroughputResult>(Json)!);
                    break;
                case UploadKind:
                    uploads.Add(result.Deserialize<UploadMemoryResult>(Json)!);
                    break;
                default:
                    throw new BenchException($"{path}: unknown result kind");
            }
        }

        return new BenchResults(throughput, uploads);
    }

    private static void AppendLine(string path, string kind, JsonNode? result)
    {
        var entry = new JsonObject { ["kind"] = kind, ["result"] = result };
        File.AppendAllText(path, entry.ToJsonString() + "\n");
    }
}
