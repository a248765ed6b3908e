using System.Text.Json;
using System.Text.Json.Serialization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Notices;

/// <summary>
/// The plaintext of a takedown notice (inside its age file): what the platform needs to remove, and nothing about the
/// whistleblower or the case, not even the case reference; the notice is known by its own id.
/// </summary>
public sealed record TakedownNoticeContent(
    [property: JsonPropertyName("listings")] IReadOnlyList<string> ListingUrls,
    [property: JsonPropertyName("handles")] IReadOnlyList<string> SellerHandles,
    [property: JsonPropertyName("note")] string Note)
{
    /// <summary>Who at a platform reads its notices (and is encrypted to): enforcement officers and intake investigators.</summary>
    public const StaffRoles ReaderRoles = StaffRoles.EnforcementOfficer | StaffRoles.IntakeInvestigator;

    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static TakedownNoticeContent FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<TakedownNoticeContent>(json) ?? throw new JsonException("The notice is empty.");
}
