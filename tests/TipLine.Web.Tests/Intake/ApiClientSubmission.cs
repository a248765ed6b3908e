using System.Text.Json;

namespace TipLine.Web.Tests.Intake;

/// <summary>The answer to POST /api/intake/{channel}/submissions: the submission id and the limits the browser obeys.</summary>
internal sealed record ApiClientSubmission(string Id, long MaximumFileBytes, int MaximumFiles, int ChunkBytes)
{
    public static ApiClientSubmission Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var body = document.RootElement;
        return new ApiClientSubmission(
            body.GetProperty("submission").GetString()!,
            body.GetProperty("maximumFileBytes").GetInt64(),
            body.GetProperty("maximumFiles").GetInt32(),
            body.GetProperty("chunkBytes").GetInt32());
    }
}
