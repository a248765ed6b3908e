namespace TipLine.Domain.Messaging;

/// <summary>A follow-up message either way; its body is an age file to the tip key, so staff and the whistleblower can read it and the server cannot.</summary>
public sealed class Message
{
    private Message()
    {
        BodyCiphertext = [];
    }

    public Message(Guid id, Guid tipId, int sequence, MessageDirection direction, Guid? authorUserId, byte[] bodyCiphertext, DateOnly sentOn)
    {
        ArgumentNullException.ThrowIfNull(bodyCiphertext);
        if (direction == MessageDirection.FromWhistleblower && authorUserId is not null)
        {
            throw new ArgumentException("A whistleblower's message never names an author.", nameof(authorUserId));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        Id = id;
        TipId = tipId;
        Sequence = sequence;
        Direction = direction;
        AuthorUserId = authorUserId;
        BodyCiphertext = bodyCiphertext;
        SentOn = sentOn;
    }

    public Guid Id { get; private set; }

    public Guid TipId { get; private set; }

    /// <summary>
    /// Order within the tip's conversation (1, 2, …). Times are kept to the day and ids are random, so this is the
    /// only record of order; it says nothing about when.
    /// </summary>
    public int Sequence { get; private set; }

    public MessageDirection Direction { get; private set; }

    /// <summary>Staff author; null for the whistleblower and for automatic messages such as the acknowledgement.</summary>
    public Guid? AuthorUserId { get; private set; }

    public byte[] BodyCiphertext { get; private set; }

    /// <summary>Day only: a whistleblower's reply time must not be recorded more precisely.</summary>
    public DateOnly SentOn { get; private set; }

    public bool ReadByRecipient { get; private set; }

    public void MarkRead() => ReadByRecipient = true;
}
