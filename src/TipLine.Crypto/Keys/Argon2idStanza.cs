using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Keys;

/// <summary>
/// The custom age stanza for password-wrapped keys, modelled on age's scrypt stanza but with Argon2id:
/// <c>-> tipline-argon2id &lt;base64 salt, 16 bytes&gt; &lt;memoryKiB&gt; &lt;iterations&gt; &lt;parallelism&gt;</c>,
/// body = ChaCha20-Poly1305(key = Argon2id(password, "tipline-argon2id/v1" ‖ salt, params, 32 bytes), nonce = 0, file key).
/// The parameters travel in the ciphertext, so they can be raised for new wraps while old wraps still open.
/// </summary>
internal static class Argon2idStanza
{
    public const string Type = "tipline-argon2id";
    public const int SaltLength = 16;
    public const int BodyLength = 32; // 16-byte file key + 16-byte Poly1305 tag

    // Domain separation inside the Argon2id salt, as age prefixes its scrypt salt with "age-encryption.org/v1/scrypt".
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("tipline-argon2id/v1");

    public static byte[] DeriveWrapKey(string password, ReadOnlySpan<byte> salt, Argon2idParameters parameters)
    {
        var passwordBytes = PasswordEncoding.ToBytes(password);
        var labelledSalt = new byte[Label.Length + salt.Length];
        Label.CopyTo(labelledSalt, 0);
        salt.CopyTo(labelledSalt.AsSpan(Label.Length));
        try
        {
            return Argon2id.DeriveKey(passwordBytes, labelledSalt, parameters, 32);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    public static string FormatNumber(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a canonical positive decimal (no sign, no leading zero); throws a MalformedStanza error otherwise.</summary>
    public static int ParseNumber(string text, string what)
    {
        if (text.Length is 0 or > 9 || text[0] == '0' || !text.All(char.IsAsciiDigit))
        {
            throw new AgeException(AgeError.MalformedStanza, $"The Argon2id {what} must be a positive decimal number without leading zeroes.");
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the parameters of the (single) Argon2id stanza; throws <see cref="AgeException"/> when malformed.</summary>
    public static (byte[] Salt, Argon2idParameters Parameters) ReadArguments(AgeStanza stanza)
    {
        if (stanza.Arguments.Count != 4)
        {
            throw new AgeException(AgeError.MalformedStanza, "A tipline-argon2id stanza has exactly four arguments.");
        }

        if (!AgeBase64.TryDecodeUnpadded(stanza.Arguments[0], out var salt) || salt.Length != SaltLength)
        {
            throw new AgeException(AgeError.MalformedStanza, "The Argon2id salt must be 16 bytes of canonical base64.");
        }

        var parameters = new Argon2idParameters(
            ParseNumber(stanza.Arguments[1], "memory"),
            ParseNumber(stanza.Arguments[2], "iterations"),
            ParseNumber(stanza.Arguments[3], "parallelism"));
        if (stanza.Body.Length != BodyLength)
        {
            throw new AgeException(AgeError.MalformedStanza, "A tipline-argon2id stanza body is exactly 32 bytes.");
        }

        return (salt, parameters);
    }
}
