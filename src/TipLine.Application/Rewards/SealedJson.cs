using System.Security.Cryptography;
using System.Text.Json;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;

namespace TipLine.Application.Rewards;

/// <summary>
/// Seals and opens the small JSON documents of a reward programme (claims, contests, reasons), padded like every other
/// sealed text, wiping every plaintext buffer it handled.
/// </summary>
internal static class SealedJson
{
    public delegate T ReadJson<out T>(ReadOnlySpan<byte> json);

    /// <summary>Pads and encrypts <paramref name="json"/> to every recipient, then wipes it (the caller hands it over).</summary>
    public static byte[] Seal(byte[] json, IReadOnlyCollection<string> recipients)
    {
        try
        {
            return TipSealing.SealFor(json, recipients);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }

    public static byte[] Seal<T>(T value, IReadOnlyCollection<string> recipients) => Seal(JsonSerializer.SerializeToUtf8Bytes(value), recipients);

    public static T Open<T>(ReadOnlySpan<byte> ciphertext, X25519Identity key, ReadJson<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var json = TipSealing.OpenWithAnyKey(ciphertext, [key]);
        try
        {
            return read(json);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }

    /// <summary>The document, or null when it was not sealed to <paramref name="key"/> (e.g. the reader joined later).</summary>
    public static T? TryOpen<T>(byte[] ciphertext, X25519Identity key)
        where T : class
    {
        try
        {
            return Open(ciphertext, key, json => JsonSerializer.Deserialize<T>(json) ?? throw new JsonException("The sealed document is empty."));
        }
        catch (AgeException ex) when (ex.Error == AgeError.NoMatchingIdentity)
        {
            return null;
        }
    }
}
