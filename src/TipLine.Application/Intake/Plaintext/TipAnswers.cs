using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using TipLine.Crypto.Age;

namespace TipLine.Application.Intake.Plaintext;

/// <summary>
/// The questionnaire answers, version 1 (ADR 0017). This is the plaintext inside the answers age file; the server
/// builds it only on the no-JavaScript path and reads it only in a staff member's session. Every field but
/// <see cref="Description"/> may be empty.
/// </summary>
public sealed record TipAnswers
{
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")]
    public int Version { get; init; } = CurrentVersion;

    [JsonPropertyName("language")]
    public string Language { get; init; } = "en";

    [JsonPropertyName("platformKind")]
    public string PlatformKind { get; init; } = string.Empty;

    [JsonPropertyName("platformName")]
    public string PlatformName { get; init; } = string.Empty;

    [JsonPropertyName("listingUrls")]
    public IReadOnlyList<string> ListingUrls { get; init; } = [];

    [JsonPropertyName("sellerHandles")]
    public IReadOnlyList<string> SellerHandles { get; init; } = [];

    [JsonPropertyName("species")]
    public string Species { get; init; } = string.Empty;

    [JsonPropertyName("catalogueSpecies")]
    public IReadOnlyList<string> CatalogueSpecies { get; init; } = [];

    [JsonPropertyName("quantity")]
    public string Quantity { get; init; } = string.Empty;

    [JsonPropertyName("price")]
    public string Price { get; init; } = string.Empty;

    [JsonPropertyName("currency")]
    public string Currency { get; init; } = string.Empty;

    [JsonPropertyName("itemKind")]
    public string ItemKind { get; init; } = string.Empty;

    [JsonPropertyName("shipmentMethod")]
    public string ShipmentMethod { get; init; } = string.Empty;

    [JsonPropertyName("sellerCountry")]
    public string SellerCountry { get; init; } = string.Empty;

    [JsonPropertyName("buyerCountry")]
    public string BuyerCountry { get; init; } = string.Empty;

    [JsonPropertyName("transitCountries")]
    public IReadOnlyList<string> TransitCountries { get; init; } = [];

    [JsonPropertyName("urgency")]
    public string Urgency { get; init; } = string.Empty;

    [JsonPropertyName("description")]
    public string Description { get; init; } = string.Empty;

    [JsonPropertyName("rewardInterest")]
    public bool RewardInterest { get; init; }

    [JsonPropertyName("contact")]
    public string Contact { get; init; } = string.Empty;

    [JsonPropertyName("files")]
    public IReadOnlyList<AttachmentDescription> Files { get; init; } = [];

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static TipAnswers FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<TipAnswers>(json) ?? throw new JsonException("The answers are empty.");

    /// <summary>Opens the answers age file with the tip key; the plaintext JSON is wiped once read.</summary>
    public static TipAnswers Open(ReadOnlySpan<byte> ciphertext, X25519Identity tipKey)
    {
        var json = TipSealing.OpenWithTipKey(ciphertext, tipKey);
        try
        {
            return FromUtf8Json(json);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }
}
