using System.Security.Cryptography;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;

namespace TipLine.Application.Rewards;

/// <summary>Seals and opens the small JSON documents of a reward programme, wiping every plaintext buffer it handled.</summary>
internal static class SealedJson
{
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

    public delegate T ReadJson<out T>(ReadOnlySpan<byte> json);
}
