using System.Text.Json;
using System.Text.Json.Serialization;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>The plaintext of a follow-up message either way (inside its age file): text and the files sent with it.</summary>
public sealed record MessageBody(
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("files")] IReadOnlyList<AttachmentDescription> Files)
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static MessageBody FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<MessageBody>(json) ?? throw new JsonException("The message is empty.");
}
