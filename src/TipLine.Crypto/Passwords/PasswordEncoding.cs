using System.Text;

namespace TipLine.Crypto.Passwords;

/// <summary>How a password string becomes bytes everywhere (server, CLI, browser): UTF-8 of its Unicode NFC form.</summary>
public static class PasswordEncoding
{
    /// <summary>UTF-8 bytes of the NFC-normalised password; the caller zeroes the returned buffer.</summary>
    public static byte[] ToBytes(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        // NFC so that the same password typed on different keyboards/OSes yields the same key.
        var normalized = password.IsNormalized(NormalizationForm.FormC) ? password : password.Normalize(NormalizationForm.FormC);
        return Encoding.UTF8.GetBytes(normalized);
    }
}
