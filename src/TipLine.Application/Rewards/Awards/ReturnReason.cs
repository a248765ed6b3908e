using System.Text.Json.Serialization;

namespace TipLine.Application.Rewards.Awards;

/// <summary>The plaintext of why a second officer returned a proposal (sealed to the programme's reward officers).</summary>
public sealed record ReturnReason([property: JsonPropertyName("reason")] string Text)
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;
}
