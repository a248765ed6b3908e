using System.Globalization;
using System.Security.Cryptography;
using TipLine.Crypto.Age.Recipients;

namespace TipLine.Crypto.Age;

/// <summary>Opens passphrase files; refuses work factors above <c>maxWorkFactor</c> so a file cannot make us burn CPU and memory.</summary>
public sealed class ScryptIdentity : IAgeIdentity
{
    private readonly string passphrase;
    private readonly int maxWorkFactor;

    public ScryptIdentity(string passphrase, int maxWorkFactor = 22)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWorkFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxWorkFactor, ScryptRecipient.MaxWorkFactorAllowed);
        this.passphrase = passphrase;
        this.maxWorkFactor = maxWorkFactor;
    }

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != ScryptRecipient.StanzaType)
            {
                continue;
            }

            if (stanzas.Count != 1)
            {
                throw new AgeException(AgeError.ScryptNotAlone, "An scrypt stanza must be the only stanza in the header.");
            }

            return UnwrapOne(stanza);
        }

        return null;
    }

    private byte[]? UnwrapOne(AgeStanza stanza)
    {
        if (stanza.Arguments.Count != 2)
        {
            throw new AgeException(AgeError.MalformedStanza, "An scrypt stanza has exactly two arguments.");
        }

        var salt = StanzaArguments.DecodeFixedLength(stanza.Arguments[0], ScryptRecipient.SaltSize, "The scrypt salt");
        var workFactor = ParseWorkFactor(stanza.Arguments[1]);
        if (workFactor > maxWorkFactor)
        {
            throw new AgeException(AgeError.ScryptWorkFactorTooHigh, $"The scrypt work factor {workFactor} exceeds the limit of {maxWorkFactor}.");
        }

        if (stanza.Body.Length != FileKeyWrap.WrappedSize)
        {
            throw new AgeException(AgeError.MalformedStanza, "An scrypt stanza body is exactly 32 bytes.");
        }

        var wrapKey = ScryptWrapKey.Derive(passphrase, salt, workFactor);
        try
        {
            return FileKeyWrap.TryUnwrap(wrapKey, stanza.Body);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }

    private static int ParseWorkFactor(string text)
    {
        // ^[1-9][0-9]*$ per spec; more than two digits is necessarily above any limit we accept.
        if (text.Length is 0 or > 2 || text[0] is < '1' or > '9' || !text.All(char.IsAsciiDigit))
        {
            if (text.Length > 2 && text[0] is >= '1' and <= '9' && text.All(char.IsAsciiDigit))
            {
                throw new AgeException(AgeError.ScryptWorkFactorTooHigh, "The scrypt work factor is too high.");
            }

            throw new AgeException(AgeError.MalformedStanza, "The scrypt work factor must be a decimal number without leading zeroes.");
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
