namespace TipLine.Domain.Cases;

/// <summary>
/// An investigator's note on a case. Its text is an age file to every tip key of the case at the time of writing,
/// so exactly those who can read the case's tips can read it, and withdrawing a routing withdraws the notes with it.
/// </summary>
public sealed class CaseNote
{
    private CaseNote()
    {
        Ciphertext = [];
    }

    public CaseNote(Guid id, Guid caseId, Guid authorUserId, byte[] ciphertext, DateOnly writtenOn)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        Id = id;
        CaseId = caseId;
        AuthorUserId = authorUserId;
        Ciphertext = ciphertext;
        WrittenOn = writtenOn;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid AuthorUserId { get; private set; }

    public byte[] Ciphertext { get; private set; }

    public DateOnly WrittenOn { get; private set; }
}
