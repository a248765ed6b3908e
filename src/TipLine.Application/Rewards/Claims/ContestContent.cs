using System.Text.Json.Serialization;

namespace TipLine.Application.Rewards.Claims;

/// <summary>
/// The plaintext inside a sealed contest of a preliminary determination: why the whistleblower disagrees. Sealed to
/// the same recipients as the claim (the programme's reward officers and the whistleblower's own key).
/// </summary>
public sealed record ContestContent([property: JsonPropertyName("statement")] string Statement)
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;
}
