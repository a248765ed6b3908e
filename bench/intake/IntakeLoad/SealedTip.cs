using System.Security.Cryptography;
using System.Text.Json;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Padding;
using TipLine.Crypto.Receipts;

namespace TipLine.Bench.Intake;

/// <summary>
/// Everything the browser makes for one tip before it talks to the server (ADR 0017): a fresh tip key, the answers
/// padded and encrypted to it, the tip key wrapped to each channel recipient and to the whistleblower, and the
/// receipt's lookup hash. Disposing forgets the tip key.
/// </summary>
public sealed class SealedTip : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private SealedTip(X25519Identity tipKey, string whistleblowerRecipient, string lookupHash, byte[] answers, IReadOnlyList<KeyWrap> wraps)
    {
        TipKey = tipKey;
        WhistleblowerRecipient = whistleblowerRecipient;
        LookupHash = lookupHash;
        Answers = answers;
        Wraps = wraps;
    }

    public X25519Identity TipKey { get; }

    public string WhistleblowerRecipient { get; }

    public string LookupHash { get; }

    public byte[] Answers { get; }

    public IReadOnlyList<KeyWrap> Wraps { get; }

    /// <summary>
    /// Seals <paramref name="answersJson"/> for <paramref name="channelRecipients"/>. The whistleblower's key pair and
    /// lookup secret stand in for the output of the receipt's Argon2id derivation: that derivation runs in the browser,
    /// never on the server, and its output is indistinguishable from these random values to the server.
    /// </summary>
    public static SealedTip Seal(byte[] answersJson, IReadOnlyList<string> channelRecipients)
    {
        ArgumentNullException.ThrowIfNull(channelRecipients);
        var tipKey = TipLine.Crypto.Keys.TipKey.Generate();
        using var whistleblower = X25519Identity.Generate();
        var lookupSecret = RandomNumberGenerator.GetBytes(32);
        var lookupHash = Convert.ToHexStringLower(ReceiptKeys.LookupHashOf(lookupSecret));
        CryptographicOperations.ZeroMemory(lookupSecret);

        var answers = AgeEncryptor.Encrypt(PlaintextPadding.Pad(answersJson), [tipKey.Recipient]);
        var holders = channelRecipients.Append(whistleblower.Recipient.ToString());
        var wraps = holders
            .Select(holder => new KeyWrap(holder, Convert.ToBase64String(TipLine.Crypto.Keys.TipKey.WrapFor(tipKey, X25519Recipient.Parse(holder)))))
            .ToList();
        return new SealedTip(tipKey, whistleblower.Recipient.ToString(), lookupHash, answers, wraps);
    }

    /// <summary>The body of POST …/tip, as UTF-8 JSON.</summary>
    public byte[] ToRequestBody(IReadOnlyList<string> fileIds) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                tipRecipient = TipKey.Recipient.ToString(),
                whistleblowerRecipient = WhistleblowerRecipient,
                lookupHash = LookupHash,
                answers = Convert.ToBase64String(Answers),
                wraps = Wraps,
                files = fileIds,
            },
            Json);

    public void Dispose() => TipKey.Dispose();
}
