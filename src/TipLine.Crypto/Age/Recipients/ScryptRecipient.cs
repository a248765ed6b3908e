using System.Globalization;
using System.Security.Cryptography;
using TipLine.Crypto.Age.Recipients;

namespace TipLine.Crypto.Age;

/// <summary>A passphrase recipient (age -p): scrypt(N = 2^workFactor, r = 8, p = 1) wraps the file key.</summary>
public sealed class ScryptRecipient : IAgeRecipient
{
    internal const string StanzaType = "scrypt";
    internal const int SaltSize = 16;
    internal const int MaxWorkFactorAllowed = 30;

    private readonly string passphrase;
    private readonly int workFactor;

    public ScryptRecipient(string passphrase, int workFactor = 18)
    {
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        ArgumentOutOfRangeException.ThrowIfLessThan(workFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workFactor, MaxWorkFactorAllowed);
        this.passphrase = passphrase;
        this.workFactor = workFactor;
    }

    public bool MustBeAlone => true;

    public IReadOnlyList<AgeStanza> Wrap(ReadOnlySpan<byte> fileKey)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var wrapKey = ScryptWrapKey.Derive(passphrase, salt, workFactor);
        try
        {
            var body = FileKeyWrap.Wrap(wrapKey, fileKey);
            return [new AgeStanza(StanzaType, [AgeBase64.EncodeUnpadded(salt), workFactor.ToString(CultureInfo.InvariantCulture)], body)];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }
}
