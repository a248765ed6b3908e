namespace TipLine.Domain.Tips;

/// <summary>
/// A file sent with a tip or a message: an age file to the tip key, stored as a blob on disk and referenced here
/// by a random blob name. Its SHA-256 lets a court check the blob without opening it.
/// </summary>
public sealed class Attachment
{
    private Attachment()
    {
        BlobName = string.Empty;
        CiphertextSha256 = [];
    }

    public Attachment(Guid id, Guid tipId, Guid? messageId, int position, string blobName, long ciphertextLength, byte[] ciphertextSha256, DateOnly storedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobName);
        if (ciphertextSha256 is not { Length: 32 })
        {
            throw new ArgumentException("A SHA-256 digest is 32 bytes.", nameof(ciphertextSha256));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Id = id;
        TipId = tipId;
        MessageId = messageId;
        Position = position;
        BlobName = blobName;
        CiphertextLength = ciphertextLength;
        CiphertextSha256 = ciphertextSha256;
        StoredOn = storedOn;
    }

    public Guid Id { get; private set; }

    public Guid TipId { get; private set; }

    /// <summary>Set when the file came with a follow-up message rather than the first submission.</summary>
    public Guid? MessageId { get; private set; }

    /// <summary>Index of this file in the encrypted "files" list of its answers or message, which holds its name and type.</summary>
    public int Position { get; private set; }

    /// <summary>Name of the blob in the blob store; random, so it reveals nothing.</summary>
    public string BlobName { get; private set; }

    public long CiphertextLength { get; private set; }

    public byte[] CiphertextSha256 { get; private set; }

    public DateOnly StoredOn { get; private set; }
}
