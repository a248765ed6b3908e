using System.Text.Json;
using System.Text.Json.Serialization;
using TipLine.Crypto.Age;

namespace TipLine.Application.Rewards;

/// <summary>
/// The plaintext inside a sealed claim, the same JSON whether the browser or (without JavaScript) the server seals
/// it. Which fields are filled depends on the <see cref="Domain.Rewards.ClaimantKind"/>: an identified claimant gives
/// a name and payout details, a represented one names the lawyer or intermediary and how to reach and pay them, an
/// anonymous one gives neither. The statement is free text either way.
/// </summary>
public sealed record ClaimContent(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("contact")] string Contact,
    [property: JsonPropertyName("payout")] string PayoutDetails,
    [property: JsonPropertyName("representative")] string Representative,
    [property: JsonPropertyName("statement")] string Statement)
{
    public const int MaximumFieldLength = 2_000;
    public const int MaximumStatementLength = 10_000;

    /// <summary>Sealed claims stay small: the padded JSON of the longest fields fits well within this.</summary>
    public const int MaximumCiphertextBytes = 128 * 1024;

    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static ClaimContent FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<ClaimContent>(json) ?? throw new JsonException("The claim is empty.");

    /// <summary>Seals to every recipient (reward officers and the whistleblower); the plaintext JSON is wiped once sealed.</summary>
    public byte[] SealFor(IReadOnlyCollection<string> recipients) => SealedJson.Seal(ToUtf8Json(), recipients);

    /// <summary>Opens a sealed claim with a reward officer's (or the whistleblower's) key.</summary>
    public static ClaimContent Open(ReadOnlySpan<byte> ciphertext, X25519Identity key) => SealedJson.Open(ciphertext, key, FromUtf8Json);
}
