using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using TipLine.Crypto.Age;

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

    /// <summary>Opens a message's age file with the tip key; the plaintext JSON is wiped once read.</summary>
    public static MessageBody Open(ReadOnlySpan<byte> ciphertext, X25519Identity tipKey)
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

    /// <summary>Seals this message to the tip's recipient, as either side sends it; the plaintext JSON is wiped once sealed.</summary>
    public byte[] SealForTip(string tipRecipient)
    {
        var json = ToUtf8Json();
        try
        {
            return TipSealing.SealForTip(json, tipRecipient);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }
}
