using System.Security.Cryptography;
using System.Text.Json;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;

namespace TipLine.Application.Rewards.Awards;

/// <summary>Small JSON documents sealed inside a programme (reasons, contests), padded like every other sealed text.</summary>
internal static class SealedJson
{
    public static byte[] Seal<T>(T value, IReadOnlyCollection<string> recipients)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value);
        try
        {
            return TipSealing.SealFor(json, recipients);
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
        byte[] json;
        try
        {
            json = TipSealing.OpenWithAnyKey(ciphertext, [key]);
        }
        catch (AgeException ex) when (ex.Error == AgeError.NoMatchingIdentity)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json) ?? throw new JsonException("The sealed document is empty.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }
    }
}
