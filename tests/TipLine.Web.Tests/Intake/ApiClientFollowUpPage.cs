using System.Net;
using System.Text.RegularExpressions;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// The follow-up page as the browser script sees it when it holds the key: the mode, the whistleblower's wrap of the
/// tip key, the ciphertext of the answers and of every message, and the attachments' API addresses. A page in
/// server mode (no wrap, no ciphertext) parses with those empty, so a test can say which mode it got.
/// </summary>
internal sealed partial record ApiClientFollowUpPage(
    string Mode,
    byte[] WhistleblowerWrap,
    string TipRecipient,
    byte[] AnswersCiphertext,
    IReadOnlyList<byte[]> MessageCiphertexts,
    IReadOnlyList<Guid> Attachments,
    string Html)
{
    public static ApiClientFollowUpPage Parse(string html)
    {
        var view = FollowUpView().Match(html);
        Assert.True(view.Success, "the follow-up page must show the follow-up view");
        var answers = Document().Matches(html).Where(m => m.Groups["kind"].Value == "answers").ToList();
        return new ApiClientFollowUpPage(
            view.Groups["mode"].Value,
            Convert.FromBase64String(Decode(view.Groups["wrap"].Value)),
            Decode(view.Groups["recipient"].Value),
            answers.Count == 1 ? Convert.FromBase64String(Decode(answers[0].Groups["ciphertext"].Value)) : [],
            Document().Matches(html).Where(m => m.Groups["kind"].Value == "message")
                .Select(m => Convert.FromBase64String(Decode(m.Groups["ciphertext"].Value))).ToList(),
            AttachmentUrl().Matches(html).Select(m => Guid.Parse(m.Groups["id"].Value)).ToList(),
            html);
    }

    // Razor encodes attribute values ('+' of base64 among them).
    private static string Decode(string attribute) => WebUtility.HtmlDecode(attribute);

    [GeneratedRegex("""<div id="followup-view" data-mode="(?<mode>[^"]*)"(?:\s+data-wrap="(?<wrap>[^"]*)")?\s+data-tip-recipient="(?<recipient>[^"]*)">""")]
    private static partial Regex FollowUpView();

    [GeneratedRegex(@"data-kind=""(?<kind>answers|message)"" data-age-ciphertext=""(?<ciphertext>[^""]*)""")]
    private static partial Regex Document();

    [GeneratedRegex(@"data-attachment-url=""/api/followup/files/(?<id>[0-9a-f-]{36})""")]
    private static partial Regex AttachmentUrl();
}
