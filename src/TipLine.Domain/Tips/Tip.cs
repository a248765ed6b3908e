namespace TipLine.Domain.Tips;

/// <summary>
/// One submission. Everything the whistleblower wrote is age ciphertext to the tip key; the server holds only
/// public keys, ciphertext, and the day of receipt (never a finer time, which could identify the sender).
/// Ids are random (v4), never time-ordered (v7), for the same reason.
/// </summary>
public sealed class Tip
{
    private Tip()
    {
        TipPublicKey = string.Empty;
        WhistleblowerPublicKey = string.Empty;
        AnswersCiphertext = [];
        IntakeSignature = [];
    }

    public Tip(
        Guid id,
        Guid channelId,
        DateOnly receivedOn,
        string tipPublicKey,
        string whistleblowerPublicKey,
        byte[] answersCiphertext,
        byte[] intakeSignature)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tipPublicKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(whistleblowerPublicKey);
        ArgumentNullException.ThrowIfNull(answersCiphertext);
        Id = id;
        ChannelId = channelId;
        ReceivedOn = receivedOn;
        TipPublicKey = tipPublicKey;
        WhistleblowerPublicKey = whistleblowerPublicKey;
        AnswersCiphertext = answersCiphertext;
        IntakeSignature = intakeSignature;
        Status = TipStatus.Received;
    }

    public Guid Id { get; private set; }

    public Guid ChannelId { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>The day the tip arrived, in UTC. Deliberately no time of day.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public TipStatus Status { get; private set; }

    /// <summary>The tip key's age recipient; every piece of this tip is encrypted to it.</summary>
    public string TipPublicKey { get; private set; }

    /// <summary>The whistleblower's age recipient, derived from the receipt; lets staff write back.</summary>
    public string WhistleblowerPublicKey { get; private set; }

    /// <summary>The questionnaire answers as one padded age file to the tip key.</summary>
    public byte[] AnswersCiphertext { get; private set; }

    /// <summary>Ed25519 signature over the intake record (ciphertext hashes and day of receipt).</summary>
    public byte[] IntakeSignature { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    /// <summary>The first day staff wrote to the whistleblower: the feedback the 3-month deadline asks for.</summary>
    public DateOnly? FeedbackGivenOn { get; private set; }

    /// <summary>Days allowed to acknowledge receipt (EU Directive 2019/1937 art. 9(1)(b)).</summary>
    public const int AcknowledgementDays = 7;

    /// <summary>Months allowed to give feedback, counted from the acknowledgement (art. 9(1)(f)).</summary>
    public const int FeedbackMonths = 3;

    public DateOnly AcknowledgeBy => AcknowledgementDeadline(ReceivedOn);

    public DateOnly FeedbackBy => FeedbackDeadline(ReceivedOn, AcknowledgedOn);

    /// <summary>The acknowledgement deadline of a tip received on <paramref name="receivedOn"/>, for lists that read columns rather than whole tips.</summary>
    public static DateOnly AcknowledgementDeadline(DateOnly receivedOn) => receivedOn.AddDays(AcknowledgementDays);

    /// <summary>The feedback deadline from a tip's columns; counted from the acknowledgement, or from its deadline when none was given.</summary>
    public static DateOnly FeedbackDeadline(DateOnly receivedOn, DateOnly? acknowledgedOn) =>
        (acknowledgedOn ?? AcknowledgementDeadline(receivedOn)).AddMonths(FeedbackMonths);

    public void RecordFeedback(DateOnly day) => FeedbackGivenOn ??= day;

    /// <summary>Detaches the tip from a case (the case was withdrawn or the tip split off); it returns to the inbox.</summary>
    public void DetachFromCase()
    {
        if (Status == TipStatus.Destroyed)
        {
            throw new InvalidOperationException("A destroyed tip cannot change.");
        }

        CaseId = null;
        Status = AcknowledgedOn is null ? TipStatus.Received : TipStatus.Acknowledged;
    }

    public void Acknowledge(DateOnly day)
    {
        AcknowledgedOn ??= day;
        if (Status == TipStatus.Received)
        {
            Status = TipStatus.Acknowledged;
        }
    }

    public void AttachToCase(Guid caseId)
    {
        if (Status == TipStatus.Destroyed)
        {
            throw new InvalidOperationException("A destroyed tip cannot join a case.");
        }

        CaseId = caseId;
        Status = TipStatus.InCase;
    }

    public void MarkClosed() => Status = Status == TipStatus.Destroyed ? Status : TipStatus.Closed;

    /// <summary>Crypto-shredding: wraps and blobs are deleted elsewhere; the ciphertext kept here becomes unreadable noise, so it is dropped too.</summary>
    public void MarkDestroyed()
    {
        Status = TipStatus.Destroyed;
        AnswersCiphertext = [];
    }
}
