using System.Text.Json.Serialization;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>What the sender said about a file; kept inside the encrypted answers or message, never in the database.</summary>
public sealed record AttachmentDescription(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("size")] long Size);
