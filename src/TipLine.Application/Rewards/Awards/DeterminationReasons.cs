using System.Text.Json.Serialization;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Rewards.Awards;

/// <summary>The plaintext of a proposal's reasons (sealed to the programme's reward officers): one text per factor.</summary>
public sealed record DeterminationReasons([property: JsonPropertyName("reasons")] IReadOnlyDictionary<RewardFactor, string> Reasons)
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;
}
