using TipLine.Application.FollowUp.ReadFollowUp;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;

namespace TipLine.Web.FollowUp;

/// <summary>
/// Opens a follow-up in server memory for a session without JavaScript: the whistleblower's identity (from their
/// session cookie) unwraps the tip key, which opens the answers and messages. Nothing opened here is stored or logged.
/// </summary>
public sealed class FollowUpPlaintext : IDisposable
{
    private readonly X25519Identity tipKey;

    private FollowUpPlaintext(X25519Identity tipKey) => this.tipKey = tipKey;

    public static FollowUpPlaintext Open(FollowUpView view, X25519Identity whistleblower)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new FollowUpPlaintext(Crypto.Keys.TipKey.Unwrap(view.WhistleblowerWrap, whistleblower));
    }

    public X25519Identity TipKey => tipKey;

    public TipAnswers Answers(FollowUpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return TipAnswers.Open(view.AnswersCiphertext, tipKey);
    }

    public MessageBody Message(FollowUpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return MessageBody.Open(message.BodyCiphertext, tipKey);
    }

    public void Dispose() => tipKey.Dispose();
}
