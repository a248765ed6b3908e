using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// Everything the browser makes for a tip before it is sent (ClientApp intake/prepareTip.js): a fresh tip key, a
/// fresh receipt and its keys, the answers padded and encrypted to the tip key, and the tip key wrapped to each
/// channel recipient from the page and to the whistleblower.
/// </summary>
internal sealed class ApiClientTip : IDisposable
{
    private ApiClientTip(X25519Identity tipIdentity, ApiClientReceipt receipt, byte[] answersCiphertext, IReadOnlyList<ApiClientWrap> wraps)
    {
        TipIdentity = tipIdentity;
        Receipt = receipt;
        AnswersCiphertext = answersCiphertext;
        Wraps = wraps;
    }

    public X25519Identity TipIdentity { get; }

    public string TipRecipient => TipIdentity.Recipient.ToString();

    public ApiClientReceipt Receipt { get; }

    public byte[] AnswersCiphertext { get; }

    public IReadOnlyList<ApiClientWrap> Wraps { get; }

    public static ApiClientTip Seal(ApiClientIntakePage page, TipAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(answers);
        var tipIdentity = TipKey.Generate();
        var receipt = ApiClientReceipt.Generate(page.Salt, page.Argon2);
        var answersCiphertext = ApiClientSealing.SealDocument(answers.ToUtf8Json(), tipIdentity.Recipient.ToString());
        var wraps = page.Recipients
            .Append(receipt.Identity.Recipient.ToString())
            .Select(recipient => new ApiClientWrap(recipient, Convert.ToBase64String(TipKey.WrapFor(tipIdentity, X25519Recipient.Parse(recipient)))))
            .ToList();
        return new ApiClientTip(tipIdentity, receipt, answersCiphertext, wraps);
    }

    /// <summary>A file as the browser uploads it: padded, then age to the tip key.</summary>
    public byte[] EncryptFile(byte[] plaintext) => ApiClientSealing.EncryptFile(plaintext, TipRecipient);

    public ApiClientTipRequest ToRequest(IReadOnlyList<string> fileIds) => new(
        TipRecipient,
        Receipt.Identity.Recipient.ToString(),
        Receipt.LookupHashHex,
        Convert.ToBase64String(AnswersCiphertext),
        Wraps,
        fileIds);

    public void Dispose()
    {
        TipIdentity.Dispose();
        Receipt.Dispose();
    }
}
