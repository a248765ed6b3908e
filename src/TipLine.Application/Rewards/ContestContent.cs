using System.Text.Json;
using System.Text.Json.Serialization;
using TipLine.Crypto.Age;

namespace TipLine.Application.Rewards;

/// <summary>
/// The plaintext inside a sealed contest: why the whistleblower disagrees with the preliminary determination. Sealed,
/// like the claim, to the programme's reward officers and the whistleblower's own key, whether the browser or (without
/// JavaScript) the server seals it.
/// </summary>
public sealed record ContestContent([property: JsonPropertyName("statement")] string Statement)
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static ContestContent FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<ContestContent>(json) ?? throw new JsonException("The contest is empty.");

    /// <summary>Seals to every recipient (reward officers and the whistleblower); the plaintext JSON is wiped once sealed.</summary>
    public byte[] SealFor(IReadOnlyCollection<string> recipients) => SealedJson.Seal(ToUtf8Json(), recipients);

    /// <summary>Opens a sealed contest with a reward officer's (or the whistleblower's) key.</summary>
    public static ContestContent Open(ReadOnlySpan<byte> ciphertext, X25519Identity key) => SealedJson.Open(ciphertext, key, FromUtf8Json);
}
